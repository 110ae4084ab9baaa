import { describe, expect, it } from 'vitest';
import { isEmail, isFrenchMobile, normaliseEmail, normaliseFrenchPhone } from './validators';

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
