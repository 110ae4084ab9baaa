// Validators for what a worker types in a contact form, shared with the server (which normalises
// the same way before it makes its lookup hash). Pure functions, no globals.

/**
 * A French phone number in the forms people write it: "06 12 34 56 78", "0612345678",
 * "06.12.34.56.78", "+33 6 12 34 56 78", "+33 (0)6 12…", "0033 6 12…". Returns it as +33XXXXXXXXX
 * (E.164), or undefined when it is not one.
 */
export function normaliseFrenchPhone(input: string): string | undefined {
  const compact = input.trim().replace(/[\s.\-‐‑–/]/g, '');
  if (!/^(\+|00)?[\d()]+$/.test(compact)) return undefined;
  let national: string | undefined;
  const international = /^(?:\+|00)33(?:\(0\))?(\d{9})$/.exec(compact);
  if (international) national = international[1];
  else {
    const local = /^0(\d{9})$/.exec(compact);
    if (local) national = local[1];
  }
  // A French number starts with 1–9 after the leading 0 (01–05 fixed, 06–07 mobile, 08, 09).
  if (!national || !/^[1-9]\d{8}$/.test(national)) return undefined;
  return `+33${national}`;
}

/** True for a French mobile (06/07), the only ones that receive SMS. */
export function isFrenchMobile(input: string): boolean {
  return /^\+33[67]/.test(normaliseFrenchPhone(input) ?? '');
}

// Pragmatic, not RFC 5322: one @, no spaces, a dotted domain ending in letters. Catches typos
// ("nadia@gmail", "nadia gmail.com", "nadia@@x.fr") without refusing real addresses.
const EMAIL = /^[^\s@"(),:;<>[\\\]]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$/i;

/** The e-mail address trimmed and with its domain in lower case, or undefined when invalid. */
export function normaliseEmail(input: string): string | undefined {
  const text = input.trim();
  if (text.length > 254 || !EMAIL.test(text)) return undefined;
  const at = text.lastIndexOf('@');
  const local = text.slice(0, at);
  if (local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..'))
    return undefined;
  return `${local}@${text.slice(at + 1).toLowerCase()}`;
}

export function isEmail(input: string): boolean {
  return normaliseEmail(input) !== undefined;
}

/** A phone as people read it: a French number as « 06 12 34 56 78 », anything else as typed. */
export function displayPhone(input: string): string {
  const e164 = normaliseFrenchPhone(input);
  if (!e164) return input.trim();
  return `0${e164.slice(3)}`.replace(/(\d{2})(?=\d)/g, '$1 ');
}
