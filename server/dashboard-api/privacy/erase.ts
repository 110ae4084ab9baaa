// Deleting contacts, for the retention purge and for GDPR erasure alike: the contact row (its
// sealed payload), its lookup hashes, follow-up, review and sign-ups go; the encounters stay for
// the anonymous figures, with their link to the contact cleared (counts never change).
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema';

export interface EraseCounts {
  contacts: number;
  lookups: number;
  followUps: number;
  encountersUnlinked: number;
  signups: number;
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
export async function eraseContacts(trx: Transaction<DB>, contactIds: string[]): Promise<EraseCounts> {
  const counts: EraseCounts = { contacts: 0, lookups: 0, followUps: 0, encountersUnlinked: 0, signups: 0 };
  if (!contactIds.length) return counts;
  const encounters = await linkedRecords(trx, 'encounter', contactIds);
  for (const e of encounters) {
    const { contactId: _gone, ...rest } = JSON.parse(e.data) as Record<string, unknown>;
    await trx
      .updateTable('records')
      .set({ data: JSON.stringify(rest) })
      .where('id', '=', e.id)
      .execute();
  }
  counts.encountersUnlinked = encounters.length;
  const signups = await linkedRecords(trx, 'signup', contactIds);
  for (let i = 0; i < signups.length; i += CHUNK) {
    const ids = signups.slice(i, i + CHUNK).map((s) => s.id);
    await trx.deleteFrom('reviews').where('record_id', 'in', ids).execute();
    counts.signups += Number(
      (await trx.deleteFrom('records').where('id', 'in', ids).executeTakeFirst()).numDeletedRows,
    );
  }
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
