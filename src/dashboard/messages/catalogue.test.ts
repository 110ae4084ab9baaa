import { describe, expect, it } from 'vitest';
import { catalogues, coordination } from './index';

// The dashboard's words are split by page, then merged: a key defined twice would silently take
// the later catalogue's text, and a key missing in one language would show French (or the key).
describe('the dashboard catalogue', () => {
  it('has the same keys in French, English and Arabic', () => {
    const fr = Object.keys(coordination.fr).sort();
    expect(Object.keys(coordination.en).sort()).toEqual(fr);
    expect(Object.keys(coordination.ar).sort()).toEqual(fr);
  });

  it('defines each key in one catalogue only', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const [name, catalogue] of Object.entries(catalogues)) {
      for (const key of Object.keys(catalogue.fr)) {
        const first = owner.get(key);
        if (first) twice.push(`${key} (${first}, ${name})`);
        else owner.set(key, name);
      }
    }
    expect(twice).toEqual([]);
  });

  it('has no empty text', () => {
    for (const lang of ['fr', 'en', 'ar'] as const) {
      const empty = Object.entries(coordination[lang]).filter(([, text]) => text.trim() === '');
      expect(empty.map(([key]) => `${lang} ${key}`)).toEqual([]);
    }
  });
});
