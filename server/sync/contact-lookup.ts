// Lookup hashes of a contact (DESIGN.md "contact"): HMAC under the server secret of the normalised
// phone and e-mail, so a GDPR request finds a person's records without opening every contact —
// and of the neighbourhood a contact gave for the announcements of the borne's visits
// (`annonces_permanences`), so the SMS planner finds who to tell without opening every contact
// either: the neighbourhood itself stays sealed, the server keeps only its keyed hash.
// The keys come from src/shared/validators.ts, the same rule the dashboard's search uses.
import type { ContactPersonal } from '../../src/shared/records';
import { contactLookupKeys, neighbourhoodLookupKey } from '../../src/shared/validators';
import type { Secrets } from '../secrets';

export function contactLookupHashes(secrets: Secrets, personal: ContactPersonal): string[] {
  const keys = contactLookupKeys(personal);
  const place = personal.neighbourhood ? neighbourhoodLookupKey(personal.neighbourhood) : undefined;
  if (place) keys.push(place);
  return [...new Set(keys.map((key) => secrets.lookupHash(key)))];
}
