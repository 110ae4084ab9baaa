// Contact normalisation, once for tablet and server: what a worker may type in a contact form
// (the tablet checks and normalises before sealing), and the lookup keys the server hashes so a
// GDPR request finds a person's contacts (server/sync/contact-lookup.ts) — the dashboard's search
// normalises what a coordinator types with the same keys. Pure functions, no globals.

import { LIMITS } from './limits';

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
  if (text.length > LIMITS.email || !EMAIL.test(text)) return undefined;
  const at = text.lastIndexOf('@');
  const local = text.slice(0, at);
  if (
    local.length > LIMITS.emailLocalPart ||
    local.startsWith('.') ||
    local.endsWith('.') ||
    local.includes('..')
  )
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

/**
 * A phone as it enters a lookup key: a French number as normaliseFrenchPhone gives it (+33…), any
 * other as "+" and its digits ("+44 20 7946 0958" → "+442079460958"); undefined with no digit.
 * Stable: the keys already stored were made with these same results.
 */
export function phoneLookupKey(phone: string): string | undefined {
  return normaliseFrenchPhone(phone) ?? internationalDigits(phone);
}

function internationalDigits(phone: string): string | undefined {
  const trimmed = phone.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (!digits) return undefined;
  if (trimmed.startsWith('+')) return `+${digits.startsWith('330') ? `33${digits.slice(3)}` : digits}`;
  if (digits.startsWith('00')) return internationalDigits(`+${digits.slice(2)}`);
  if (digits.length === 10 && digits.startsWith('0')) return `+33${digits.slice(1)}`;
  if (digits.length === 9) return `+33${digits}`;
  return `+${digits}`;
}

/** An e-mail as it enters a lookup key: normaliseEmail's address lower-cased whole. */
export function emailLookupKey(email: string): string | undefined {
  return normaliseEmail(email)?.toLowerCase();
}

/** The lookup keys of a contact's phone and e-mail (none, one or two). */
export function contactLookupKeys(personal: {
  phone?: string | undefined;
  email?: string | undefined;
}): string[] {
  const keys = [
    personal.phone ? phoneLookupKey(personal.phone) : undefined,
    personal.email ? emailLookupKey(personal.email) : undefined,
  ];
  return keys.filter((key): key is string => !!key);
}

/**
 * A neighbourhood as it enters a lookup key, so « Fives », « fives » and « FIVES » are one place:
 * accents, case, punctuation and spacing dropped, and a prefix no phone or e-mail key has.
 * undefined when nothing is left. The server matches a contact's (sealed) neighbourhood with a
 * permanence's by this key.
 */
export function neighbourhoodLookupKey(name: string): string | undefined {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return words ? `quartier:${words}` : undefined;
}
