// The announcement of the borne's next visit (issue 12): the day before a planned permanence, an
// SMS to each contact who asked for `annonces_permanences` in that permanence's neighbourhood.
// The neighbourhood a contact gave is sealed with the rest of the contact; the server keeps only
// its keyed lookup hash (server/sync/contact-lookup.ts), so the planner finds whom to tell by the
// hash of the permanence's neighbourhood without opening any contact. The sender then opens each
// one to read the phone, audited, as for every message.
import { happensOn, type Permanence } from '../../src/shared/permanences';
import type { Contact } from '../../src/shared/records';
import { neighbourhoodLookupKey } from '../../src/shared/validators';
import type { Deps } from '../app-env';
import { loadPermanences } from '../dashboard-api/permanences/load';
import { loadRecordsById } from '../dashboard-api/records/load';
import { enqueueSms } from './queue';
import { parisDay } from './quiet-hours';

const DAY_MS = 86_400_000;

export async function planAnnouncements(
  deps: Pick<Deps, 'database' | 'now' | 'secrets'>,
  centreId: string,
  centreName: string,
  now: Date,
): Promise<number> {
  const tomorrow = parisDay(new Date(now.getTime() + DAY_MS));
  // Tomorrow's first permanence in each neighbourhood (the list comes sorted by day and time).
  const byPlace = new Map<string, Permanence>();
  for (const p of await loadPermanences(deps.database.db, [centreId])) {
    const key = neighbourhoodLookupKey(p.neighbourhood);
    if (key && happensOn(p, tomorrow) && !byPlace.has(key)) byPlace.set(key, p);
  }
  let added = 0;
  for (const [key, permanence] of byPlace) {
    const rows = await deps.database.db
      .selectFrom('contact_lookup')
      .select('contact_id')
      .where('hash', '=', deps.secrets.lookupHash(key))
      .execute();
    const contacts = await loadRecordsById<Contact>(
      deps.database.db,
      'contact',
      rows.map((r) => r.contact_id),
      [centreId],
    );
    for (const c of contacts.values()) {
      if (!c.record.consentPurposes.includes('annonces_permanences')) continue;
      // One announcement a day at most: a contact has one neighbourhood, the occasion is the day.
      const ok = await enqueueSms(deps, {
        centreId,
        contactId: c.id,
        purpose: 'annonce_permanence',
        occasion: tomorrow,
        language: 'fr',
        params: {
          centre: centreName,
          place: permanence.placeLabel,
          when: permanence.startTime,
          until: permanence.endTime,
        },
        sendAfter: now,
      });
      if (ok) added++;
    }
  }
  return added;
}
