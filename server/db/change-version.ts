import { type Kysely, PostgresAdapter, type RawBuilder, sql, type Transaction } from 'kysely';
import type { DB } from './schema';

/**
 * Bumps the server-wide change counter and returns the new value. Call it inside the writing
 * transaction: the counter row stays locked until commit, so versions are committed in order and a
 * pull cursor never skips a change that commits late.
 *
 * `first`: a write to run just before, whose rows other transactions also wait for (a push's
 * count rows, server/facts/counts.ts). On PostgreSQL both go in ONE statement, the write first (a
 * one-time condition of the counter's UPDATE reads it whole before the counter row is locked):
 * one round trip less while both are held, which is what concurrent pushes queue behind.
 */
export async function bumpChangeVersion(
  trx: Transaction<DB> | Kysely<DB>,
  first?: RawBuilder<unknown>,
): Promise<number> {
  if (first && trx.getExecutor().adapter instanceof PostgresAdapter) {
    const { rows } = await sql<{ version: number }>`with first as (${first} returning 1)
      update change_counter set version = version + 1
      where id = 1 and (select count(*) from first) >= 0
      returning version`.execute(trx);
    return rows[0]!.version;
  }
  if (first) await first.execute(trx);
  const row = await trx
    .updateTable('change_counter')
    .set((eb) => ({ version: eb('version', '+', 1) }))
    .where('id', '=', 1)
    .returning('version')
    .executeTakeFirstOrThrow();
  return row.version;
}
