import { describe, expect, it } from 'vitest';
import { setup } from '../../i18n/messages/setup';
import { admin } from './admin';

// The code a coordinator makes on the dashboard is the one the tablet's setup screen asks for:
// one name for it everywhere (the printed « code d’installation »), in every language.
describe('the code d’installation has one name', () => {
  it.each(['fr', 'en', 'ar'] as const)('the dashboard names it as the tablet does (%s)', (lang) => {
    const tabletName = setup[lang]['setup.code.label'].toLocaleLowerCase(lang);
    expect(admin[lang]['coord.tablets.makeCode'].toLocaleLowerCase(lang)).toContain(tabletName);
    expect(admin[lang]['coord.tablets.qrAlt'].toLocaleLowerCase(lang)).toContain(tabletName);
  });
});
