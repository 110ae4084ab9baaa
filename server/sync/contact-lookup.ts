// Lookup hashes of a contact (DESIGN.md "contact"): HMAC under the server secret of the normalised
// phone and e-mail, so a GDPR request finds a person's records without opening every contact.
// The keys come from src/shared/validators.ts, the same rule the dashboard's search uses.
import type { ContactPersonal } from '../../src/shared/records';
import { contactLookupKeys } from '../../src/shared/validators';
import type { Secrets } from '../secrets';

export function contactLookupHashes(secrets: Secrets, personal: ContactPersonal): string[] {
  return [...new Set(contactLookupKeys(personal).map((key) => secrets.lookupHash(key)))];
}
