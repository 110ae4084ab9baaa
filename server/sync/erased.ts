// Ids erased on purpose are remembered (table erased_records, migration 004) so that a tablet that
// still holds a copy cannot bring a person back: a later push of one is rejected in words and
// quarantined without its content (DESIGN.md "An id erased at a person's request is remembered").
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';

export type ErasedReason = 'gdpr' | 'retention';

export const ERASED_MESSAGES: Record<ErasedReason, string> = {
  gdpr: 'Ce contact a été effacé à la demande de la personne : il n’est plus accepté.',
  retention: 'Ce contact a été effacé à la fin de sa durée de conservation : il n’est plus accepté.',
};

const CHUNK = 500;

/** The erased ids among `ids`, with why they were erased. */
export async function loadErased(
  db: Transaction<DB> | Kysely<DB>,
  ids: Iterable<string>,
): Promise<Map<string, ErasedReason>> {
  const all = [...new Set(ids)];
  const out = new Map<string, ErasedReason>();
  for (let i = 0; i < all.length; i += CHUNK) {
    const rows = await db
      .selectFrom('erased_records')
      .select(['id', 'reason'])
      .where('id', 'in', all.slice(i, i + CHUNK))
      .execute();
    for (const r of rows) out.set(r.id, r.reason as ErasedReason);
  }
  return out;
}

/** Remembers erased records (in the erasing transaction); nothing else of them is kept. */
export async function rememberErased(
  trx: Transaction<DB>,
  rows: { id: string; centreId: string; entity: string }[],
  reason: ErasedReason,
  now: Date,
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto('erased_records')
      .values(
        rows.slice(i, i + CHUNK).map((r) => ({
          id: r.id,
          centre_id: r.centreId,
          entity: r.entity,
          reason,
          erased_at: now.toISOString(),
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
}
