// Deleting contacts, for the retention purge and for GDPR erasure alike: the contact row (its
// sealed payload), its lookup hashes, follow-up, reviews, sign-ups and every quarantined copy that
// names it go; the encounters stay for the anonymous figures, with their link to the contact, their
// free-text note and their review comment cleared (counts never change). The erased ids are
// remembered (erased_records) so that a tablet's later push cannot bring the person back.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import type { FactSource } from '../../facts/extract';
import { dropFacts, writeFacts } from '../../facts/write';
import { type ErasedReason, rememberErased } from '../../sync/erased';

export interface EraseCounts {
  contacts: number;
  lookups: number;
  followUps: number;
  encountersUnlinked: number;
  signups: number;
  /** Quarantined mutations that named the contact (or its sign-ups). */
  quarantineCopies: number;
}

const CHUNK = 200;

interface Linked {
  id: string;
  contactId: string;
  entity: string;
  centre_id: string;
  agent_id: string;
  created_at: string;
  deleted: number;
  data: string;
}

/**
 * Records that name one of `contactIds`, deleted ones included, found by the exact id through the
 * facts' link (record_values kind `contact`, server/facts/extract.ts; index record_values_filter,
 * whose first columns are kind and value): never a
 * pattern over the JSON bodies, which read every record of the entity and, on SQLite, ignore case.
 */
async function linkedRecords(
  trx: Transaction<DB> | Kysely<DB>,
  entity: 'encounter' | 'signup',
  contactIds: string[],
): Promise<Linked[]> {
  const out: Linked[] = [];
  for (let i = 0; i < contactIds.length; i += CHUNK) {
    const part = contactIds.slice(i, i + CHUNK);
    const rows = await trx
      .selectFrom('record_values as v')
      .innerJoin('records as r', 'r.id', 'v.record_id')
      .select(['r.id', 'v.value as contactId', 'r.entity', 'r.centre_id', 'r.agent_id'])
      .select(['r.created_at', 'r.deleted', 'r.data'])
      .where('v.kind', '=', 'contact')
      .where('v.value', 'in', part)
      .where('v.entity', '=', entity)
      .orderBy('r.id')
      .execute();
    out.push(...rows.map((r) => ({ ...r, deleted: Number(r.deleted) })));
  }
  return out;
}

export async function linkedRecordIds(db: Kysely<DB>, contactIds: string[]) {
  const [encounters, signups] = await Promise.all([
    linkedRecords(db, 'encounter', contactIds),
    linkedRecords(db, 'signup', contactIds),
  ]);
  const byContact = (rows: Linked[]) => {
    const map = new Map<string, string[]>();
    for (const r of rows) map.set(r.contactId, [...(map.get(r.contactId) ?? []), r.id]);
    return map;
  };
  return { encounters: byContact(encounters), signups: byContact(signups) };
}

/** Quarantined copies that name one of `ids` as a whole JSON string (a field's exact value). */
async function quarantineNaming(trx: Transaction<DB>, ids: string[]): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const quoted = ids.slice(i, i + CHUNK).map((id) => JSON.stringify(id));
    // LIKE narrows (quarantine is small and holds free JSON, so no column names the person); the
    // exact, case-sensitive test is the one below.
    const rows = await trx
      .selectFrom('quarantine')
      .select(['id', 'payload'])
      .where((eb) => eb.or(quoted.map((q) => eb('payload', 'like', `%${q}%`))))
      .execute();
    out.push(...rows.filter((r) => quoted.some((q) => r.payload.includes(q))).map((r) => r.id));
  }
  return out;
}

/** Deletes the contacts and what hangs on them, in the caller's transaction. */
export async function eraseContacts(
  trx: Transaction<DB>,
  contactIds: string[],
  why: { reason: ErasedReason; now: Date },
): Promise<EraseCounts> {
  const counts: EraseCounts = {
    contacts: 0,
    lookups: 0,
    followUps: 0,
    encountersUnlinked: 0,
    signups: 0,
    quarantineCopies: 0,
  };
  if (!contactIds.length) return counts;
  const encounters = await linkedRecords(trx, 'encounter', contactIds);
  const unlinked: FactSource[] = [];
  for (const e of encounters) {
    const { contactId: _gone, note: _note, ...rest } = JSON.parse(e.data) as Record<string, unknown>;
    await trx
      .updateTable('records')
      .set({ data: JSON.stringify(rest) })
      .where('id', '=', e.id)
      .execute();
    unlinked.push({ ...e, data: rest });
  }
  // The side tables lose the link too (encounter_facts.contact_id, the `contact` link); the counts
  // stay (the same counted facts are written back).
  await writeFacts(trx, unlinked);
  for (let i = 0; i < encounters.length; i += CHUNK) {
    const ids = encounters.slice(i, i + CHUNK).map((e) => e.id);
    await trx.updateTable('reviews').set({ comment: null }).where('record_id', 'in', ids).execute();
  }
  counts.encountersUnlinked = encounters.length;
  const signups = await linkedRecords(trx, 'signup', contactIds);
  const forgotten: { id: string; centreId: string; entity: string }[] = [];
  for (let i = 0; i < contactIds.length; i += CHUNK) {
    const rows = await trx
      .selectFrom('records')
      .select(['id', 'centre_id', 'entity'])
      .where('id', 'in', [...contactIds.slice(i, i + CHUNK)])
      .execute();
    forgotten.push(...rows.map((r) => ({ id: r.id, centreId: r.centre_id, entity: r.entity })));
  }
  forgotten.push(...signups.map((s) => ({ id: s.id, centreId: s.centre_id, entity: 'signup' })));
  for (let i = 0; i < signups.length; i += CHUNK) {
    const ids = signups.slice(i, i + CHUNK).map((s) => s.id);
    await trx.deleteFrom('reviews').where('record_id', 'in', ids).execute();
    await dropFacts(trx, ids);
    counts.signups += Number(
      (await trx.deleteFrom('records').where('id', 'in', ids).executeTakeFirst()).numDeletedRows,
    );
  }
  // Quarantined copies name the contact by id (its own rejected mutations, sign-ups, encounters).
  const copies = await quarantineNaming(trx, [...contactIds, ...signups.map((s) => s.id)]);
  for (let i = 0; i < copies.length; i += CHUNK) {
    const part = copies.slice(i, i + CHUNK);
    counts.quarantineCopies += Number(
      (await trx.deleteFrom('quarantine').where('id', 'in', part).executeTakeFirst()).numDeletedRows,
    );
  }
  await rememberErased(trx, forgotten, why.reason, why.now);
  for (let i = 0; i < contactIds.length; i += CHUNK) {
    const ids = contactIds.slice(i, i + CHUNK);
    counts.lookups += Number(
      (await trx.deleteFrom('contact_lookup').where('contact_id', 'in', ids).executeTakeFirst())
        .numDeletedRows,
    );
    counts.followUps += Number(
      (await trx.deleteFrom('follow_ups').where('contact_id', 'in', ids).executeTakeFirst()).numDeletedRows,
    );
    await trx.deleteFrom('reviews').where('record_id', 'in', ids).execute();
    await dropFacts(trx, ids);
    // SMS to or from the person (the queue row holds no number, a reply holds its text wrapped).
    // The anonymous outcomes stay; a STOP stays on the centre's list (a hash, so it keeps holding).
    await trx.deleteFrom('sms_messages').where('contact_id', 'in', ids).execute();
    await trx.deleteFrom('sms_replies').where('contact_id', 'in', ids).execute();
    counts.contacts += Number(
      (
        await trx
          .deleteFrom('records')
          .where('entity', '=', 'contact')
          .where('id', 'in', ids)
          .executeTakeFirst()
      ).numDeletedRows,
    );
  }
  return counts;
}
