// Lookup hashes of a contact (DESIGN.md "contact"): HMAC under the server secret of the normalised
// phone and e-mail, so a GDPR request finds a person's records without opening every contact.
// The dashboard's search must normalise with these same functions.
import type { ContactPersonal } from '../../src/shared/records';
import type { Secrets } from '../secrets';

/** Digits only, in +33 form for French numbers: "06 12 34 56 78", "0033 6…", "+33 (0)6…" agree. */
export function normalisePhone(phone: string): string | undefined {
  const trimmed = phone.trim();
  let digits = trimmed.replace(/\D/g, '');
  if (!digits) return undefined;
  if (trimmed.startsWith('+')) {
    if (digits.startsWith('330')) digits = `33${digits.slice(3)}`; // +33 (0)6 …
    return `+${digits}`;
  }
  if (digits.startsWith('00')) return normalisePhone(`+${digits.slice(2)}`);
  if (digits.length === 10 && digits.startsWith('0')) return `+33${digits.slice(1)}`;
  if (digits.length === 9) return `+33${digits}`;
  return `+${digits}`;
}

export function normaliseEmail(email: string): string | undefined {
  const e = email.trim().toLowerCase();
  return e.includes('@') ? e : undefined;
}

export function contactLookupHashes(secrets: Secrets, personal: ContactPersonal): string[] {
  const values = [
    personal.phone ? normalisePhone(personal.phone) : undefined,
    personal.email ? normaliseEmail(personal.email) : undefined,
  ].filter((x): x is string => !!x);
  return [...new Set(values.map((value) => secrets.lookupHash(value)))];
}
