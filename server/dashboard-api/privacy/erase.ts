// Deleting contacts, for the retention purge and for GDPR erasure alike: the contact row (its
// sealed payload), its lookup hashes, follow-up, reviews, sign-ups and every quarantined copy that
// names it go; the encounters stay for the anonymous figures, with their link to the contact, their
// free-text note and their review comment cleared (counts never change). The erased ids are
// remembered (erased_records) so that a tablet's later push cannot bring the person back.
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';
import { dropFacts } from '../../facts/write';
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

/** Records whose JSON body names one of `contactIds` (written by JSON.stringify: no spaces). */
async function linkedRecords(
  trx: Transaction<DB> | Kysely<DB>,
  entity: 'encounter' | 'signup',
  contactIds: string[],
) {
  const out: { id: string; data: string }[] = [];
  for (let i = 0; i < contactIds.length; i += CHUNK) {
    const part = contactIds.slice(i, i + CHUNK);
    const rows = await trx
      .selectFrom('records')
      .select(['id', 'data'])
      .where('entity', '=', entity)
      .where((eb) => eb.or(part.map((id) => eb('data', 'like', `%"contactId":"${id}"%`))))
      .execute();
    out.push(
      ...rows.filter((r) => part.includes((JSON.parse(r.data) as { contactId?: string }).contactId ?? '')),
    );
  }
  return out;
}

export async function linkedRecordIds(db: Kysely<DB>, contactIds: string[]) {
  const [encounters, signups] = await Promise.all([
    linkedRecords(db, 'encounter', contactIds),
    linkedRecords(db, 'signup', contactIds),
  ]);
  const byContact = (rows: { id: string; data: string }[]) => {
    const map = new Map<string, string[]>();
    for (const r of rows) {
      const c = (JSON.parse(r.data) as { contactId: string }).contactId;
      map.set(c, [...(map.get(c) ?? []), r.id]);
    }
    return map;
  };
  return { encounters: byContact(encounters), signups: byContact(signups) };
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
  for (const e of encounters) {
    const { contactId: _gone, note: _note, ...rest } = JSON.parse(e.data) as Record<string, unknown>;
    await trx
      .updateTable('records')
      .set({ data: JSON.stringify(rest) })
      .where('id', '=', e.id)
      .execute();
  }
  // The side tables lose the link too (encounter_facts.contact_id); the counts stay.
  for (let i = 0; i < contactIds.length; i += CHUNK) {
    const part = contactIds.slice(i, i + CHUNK);
    await trx
      .updateTable('encounter_facts')
      .set({ contact_id: null })
      .where('contact_id', 'in', part)
      .execute();
  }
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
  for (let i = 0; i < signups.length; i += CHUNK) {
    const part = signups.slice(i, i + CHUNK).map((s) => s.id);
    const rows = await trx
      .selectFrom('records')
      .select(['id', 'centre_id'])
      .where('id', 'in', part)
      .execute();
    forgotten.push(...rows.map((r) => ({ id: r.id, centreId: r.centre_id, entity: 'signup' })));
  }
  for (let i = 0; i < signups.length; i += CHUNK) {
    const ids = signups.slice(i, i + CHUNK).map((s) => s.id);
    await trx.deleteFrom('reviews').where('record_id', 'in', ids).execute();
    await dropFacts(trx, ids);
    counts.signups += Number(
      (await trx.deleteFrom('records').where('id', 'in', ids).executeTakeFirst()).numDeletedRows,
    );
  }
  // Quarantined copies name the contact by id (its own rejected mutations, sign-ups, encounters).
  for (const id of [...contactIds, ...signups.map((s) => s.id)]) {
    counts.quarantineCopies += Number(
      (await trx.deleteFrom('quarantine').where('payload', 'like', `%${id}%`).executeTakeFirst())
        .numDeletedRows,
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
