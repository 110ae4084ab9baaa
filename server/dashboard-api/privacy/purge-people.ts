// Test world of purge-batches.test.ts: people with everything that can name them (a contact, an
// encounter with a note, a sign-up, two lookup hashes, a follow-up, three reviews, two quarantined
// copies, an SMS and a reply), written in bulk so that a world of more than a batch stays quick, and
// contact mutations quarantined with their own retention date.
import type { Contact, Encounter, Signup } from '../../../src/shared/records';
import { newId } from '../../services/ids';
import type { TestServer } from '../../test-support/databases';
import { contact, encounter, insertRecords } from '../../test-support/records';

export interface Person {
  contactId: string;
  encounterId: string;
  signupId: string;
}

const AT = '2026-07-01T09:00:00.000Z';

async function insertAll<T>(values: T[], insert: (part: T[]) => Promise<unknown>) {
  for (let i = 0; i < values.length; i += 200) await insert(values.slice(i, i + 200));
}

/** One person per entry, in that centre, with that retention date. */
export async function addPeople(
  server: TestServer,
  people: { centreId: string; retentionUntil: string }[],
): Promise<Person[]> {
  const db = server.deps.database.db;
  const contacts: Contact[] = people.map((p) => contact({ ...p, createdAt: AT }));
  const encounters: Encounter[] = contacts.map((c) =>
    encounter({
      centreId: c.centreId,
      createdAt: AT,
      contactId: c.id,
      institutions: ['caf'],
      note: 'Rappeler après 18 h',
    }),
  );
  const signups: Signup[] = contacts.map((c) => ({
    ...{ id: newId(), centreId: c.centreId, deviceId: c.deviceId, agentId: c.agentId, createdAt: AT, rev: 1 },
    activityId: 'atelier-1',
    contactId: c.id,
    at: AT,
  }));
  await insertRecords(server, 'contact', contacts);
  await insertRecords(server, 'encounter', encounters);
  await insertRecords(server, 'signup', signups);
  const lookups = contacts.flatMap((c) => [
    { hash: `tel-${c.id}`, contact_id: c.id },
    { hash: `mail-${c.id}`, contact_id: c.id },
  ]);
  await insertAll(lookups, (part) => db.insertInto('contact_lookup').values(part).execute());
  const followUps = contacts.map((c) => ({
    ...{ contact_id: c.id, status: 'a_faire', due_date: null, assignee: null },
    ...{ comment: 'Rappeler', updated_at: AT },
  }));
  await insertAll(followUps, (part) => db.insertInto('follow_ups').values(part).execute());
  const reviews = [...contacts, ...encounters, ...signups].map((r) => ({
    ...{ record_id: r.id, state: 'a_verifier', comment: `Avis sur ${r.id}` },
    ...{ updated_by: null, updated_at: AT },
  }));
  await insertAll(reviews, (part) => db.insertInto('reviews').values(part).execute());
  // Two rejected mutations that name the person: one by the contact's id, one by the sign-up's.
  const copy = (centreId: string, seq: number, entity: string, record: Record<string, unknown>) => ({
    ...{ device_id: 'device-1', centre_id: centreId, seq, entity },
    ...{ payload: JSON.stringify({ seq, entity, op: 'upsert', record }), reason: 'refusé', received_at: AT },
  });
  const copies = contacts.flatMap((c, i) => [
    copy(c.centreId, 1, 'encounter', { contactId: c.id }),
    copy(c.centreId, 2, 'signup', { id: signups[i]!.id }),
  ]);
  await insertAll(copies, (part) => db.insertInto('quarantine').values(part).execute());
  const sms = contacts.map((c) => ({
    ...{ id: newId(), centre_id: c.centreId, contact_id: c.id, purpose: 'rappel', occasion: `o-${c.id}` },
    ...{
      language: 'fr',
      params: '{}',
      status: 'sent',
      send_after: AT,
      claim_token: null,
      claimed_until: null,
    },
    ...{
      provider: null,
      provider_message_id: null,
      last_error: null,
      created_at: AT,
      sent_at: AT,
      updated_at: AT,
    },
  }));
  await insertAll(sms, (part) => db.insertInto('sms_messages').values(part).execute());
  const replies = contacts.map((c) => ({
    id: newId(),
    centre_id: c.centreId,
    contact_id: c.id,
    text_enc: 'x',
    at: AT,
  }));
  await insertAll(replies, (part) => db.insertInto('sms_replies').values(part).execute());
  return contacts.map((c, i) => ({
    contactId: c.id,
    encounterId: encounters[i]!.id,
    signupId: signups[i]!.id,
  }));
}

/** A contact mutation rejected at push, as quarantine keeps it: `payload` holds its retention date. */
export const withRetention = (retentionUntil: unknown) =>
  JSON.stringify({ seq: 9, entity: 'contact', op: 'upsert', record: { retentionUntil } });

export async function quarantineContacts(server: TestServer, rows: { centreId: string; payload: string }[]) {
  const values = rows.map((r) => ({
    ...{ device_id: 'device-1', centre_id: r.centreId, seq: 9, entity: 'contact' },
    ...{ payload: r.payload, reason: 'refusé', received_at: AT },
  }));
  await insertAll(values, (part) => server.deps.database.db.insertInto('quarantine').values(part).execute());
}
