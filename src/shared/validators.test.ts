import { describe, expect, it } from 'vitest';
import {
  contactLookupKeys,
  emailLookupKey,
  isEmail,
  isFrenchMobile,
  normaliseEmail,
  normaliseFrenchPhone,
  phoneLookupKey,
} from './validators';

describe('French phone numbers', () => {
  it.each([
    ['06 12 34 56 78', '+33612345678'],
    ['0612345678', '+33612345678'],
    ['06.12.34.56.78', '+33612345678'],
    ['06-12-34-56-78', '+33612345678'],
    ['+33 6 12 34 56 78', '+33612345678'],
    ['+33612345678', '+33612345678'],
    ['+33 (0)6 12 34 56 78', '+33612345678'],
    ['0033 6 12 34 56 78', '+33612345678'],
    ['07 98 76 54 32', '+33798765432'],
    ['03 20 12 34 56', '+33320123456'],
    ['  09 70 12 34 56 ', '+33970123456'],
  ])('accepts %s as %s', (input, expected) => {
    expect(normaliseFrenchPhone(input)).toBe(expected);
  });

  it.each([
    '',
    '06 12 34 56',
    '06 12 34 56 78 9',
    '00 12 34 56 78',
    '+33 06 12 34 56 78',
    '+44 7911 123456',
    '6 12 34 56 78',
    '06 12 34 56 7a',
    'zéro six',
    '++33612345678',
  ])('refuses %j', (input) => {
    expect(normaliseFrenchPhone(input)).toBeUndefined();
  });

  it('knows which numbers are mobiles (for SMS)', () => {
    expect(isFrenchMobile('06 12 34 56 78')).toBe(true);
    expect(isFrenchMobile('+33 7 12 34 56 78')).toBe(true);
    expect(isFrenchMobile('03 20 12 34 56')).toBe(false);
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['nadia@example.fr', 'nadia@example.fr'],
    ['  Nadia.B+caf@Mail.Example.COM ', 'Nadia.B+caf@mail.example.com'],
    ['o.neil@centre-social.org', 'o.neil@centre-social.org'],
  ])('accepts %j', (input, expected) => {
    expect(normaliseEmail(input)).toBe(expected);
  });

  it.each([
    '',
    'nadia',
    'nadia@',
    'nadia@gmail',
    'nadia gmail.com',
    'nadia@@gmail.com',
    'nadia@gmail..com',
    'na dia@gmail.com',
    '.nadia@gmail.com',
    'nadia..b@gmail.com',
    'nadia@-gmail.com',
    `${'a'.repeat(65)}@gmail.com`,
    `nadia@${'a'.repeat(250)}.com`,
  ])('refuses %j', (input) => {
    expect(isEmail(input)).toBe(false);
  });
});

describe('normalising a contact for lookup hashes', () => {
  it('gives French phone numbers one +33 form however they are typed', () => {
    for (const typed of [
      '06 12 34 56 78',
      '06.12.34.56.78',
      '+33 6 12 34 56 78',
      '0033612345678',
      '+33 (0)6 12 34 56 78',
    ]) {
      expect(phoneLookupKey(typed), typed).toBe('+33612345678');
    }
    expect(phoneLookupKey('+44 20 7946 0958')).toBe('+442079460958');
    expect(phoneLookupKey('—')).toBeUndefined();
  });

  it('lower-cases e-mail addresses', () => {
    expect(emailLookupKey('  Fatima.B@Exemple.FR ')).toBe('fatima.b@exemple.fr');
  });
});

describe('lookup keys (the server’s GDPR search finds a person by them)', () => {
  it('keep the typos and foreign prefixes the server always read', () => {
    expect(phoneLookupKey('+33 06 12 34 56 78')).toBe('+33612345678');
    expect(phoneLookupKey('0044 20 7946 0958')).toBe('+442079460958');
    expect(emailLookupKey('nadia@gmail')).toBeUndefined();
  });

  it('are the keys of what the contact form seals', () => {
    const sealed = {
      phone: normaliseFrenchPhone('06 12 34 56 78'),
      email: normaliseEmail(' Nadia@Exemple.FR '),
    };
    expect(contactLookupKeys(sealed)).toEqual(['+33612345678', 'nadia@exemple.fr']);
    expect(contactLookupKeys({ phone: '06 12 34 56 78', email: 'NADIA@exemple.fr' })).toEqual(
      contactLookupKeys(sealed),
    );
  });
});
