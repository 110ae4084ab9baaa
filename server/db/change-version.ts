import type { Kysely, Transaction } from 'kysely';
import type { DB } from './schema';

/**
 * Bumps the server-wide change counter and returns the new value. Call it inside the writing
 * transaction: the counter row stays locked until commit, so versions are committed in order and a
 * pull cursor never skips a change that commits late.
 */
export async function bumpChangeVersion(trx: Transaction<DB> | Kysely<DB>): Promise<number> {
  const row = await trx
    .updateTable('change_counter')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', 1)
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}
