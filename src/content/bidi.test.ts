import { describe, expect, it } from 'vitest';
import { latinRuns } from './bidi';

describe('Latin-script runs inside Arabic are isolated so punctuation stays in place', () => {
  it('isolates a web address without the sentence’s final dot', () => {
    expect(latinRuns('اكتب caf.fr في شريط العنوان.')).toEqual([
      { text: 'اكتب ', latin: false },
      { text: 'caf.fr', latin: true },
      { text: ' في شريط العنوان.', latin: false },
    ]);
  });

  it('keeps a screen label of several words in one run, guillemets outside', () => {
    expect(latinRuns('افتح تطبيق « Caf – Mon Compte ».')).toEqual([
      { text: 'افتح تطبيق « ', latin: false },
      { text: 'Caf – Mon Compte', latin: true },
      { text: ' ».', latin: false },
    ]);
  });

  it('keeps a phone number whole and leaves Arabic-only text alone', () => {
    expect(latinRuns('اتصل بالرقم 0 805 204 805.').filter((r) => r.latin)).toEqual([
      { text: '0 805 204 805', latin: true },
    ]);
    expect(latinRuns('سجّل الخروج.')).toEqual([{ text: 'سجّل الخروج.', latin: false }]);
  });

  it('finds every run of a step, and the runs put back together give the text', () => {
    const text = 'ادخل إلى caf.fr أو إلى mesdroitssociaux.gouv.fr، ثم اضغط على « Mon Compte ».';
    const runs = latinRuns(text);
    expect(runs.filter((r) => r.latin).map((r) => r.text)).toEqual([
      'caf.fr',
      'mesdroitssociaux.gouv.fr',
      'Mon Compte',
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });
});
