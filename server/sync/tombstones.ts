// Tombstones (rows with deleted_at) are kept at least TOMBSTONE_DAYS; purging older ones raises the
// horizon, and a pull cursor below it gets `reset: true` (it may have missed a purged deletion).
import type { Kysely } from 'kysely';
import { TOMBSTONE_DAYS } from '../../src/shared/protocol';
import type { DB } from '../db/schema';

const HORIZON_KEY = 'tombstone_horizon';

export async function readTombstoneHorizon(db: Kysely<DB>): Promise<number> {
  const row = await db
    .selectFrom('sync_meta')
    .select('value')
    .where('key', '=', HORIZON_KEY)
    .executeTakeFirst();
  return row ? Number(row.value) : 0;
}

/** Deletes tombstones older than TOMBSTONE_DAYS and moves the horizon past them. */
export async function purgeTombstones(
  db: Kysely<DB>,
  now: Date,
): Promise<{ purged: number; horizon: number }> {
  const cutoff = new Date(now.getTime() - TOMBSTONE_DAYS * 86_400_000).toISOString();
  return db.transaction().execute(async (trx) => {
    let horizon = await readTombstoneHorizon(trx);
    let purged = 0;
    for (const table of ['partners', 'activities', 'agents'] as const) {
      const old = await trx
        .selectFrom(table)
        .select((eb) => [eb.fn.max('version').as('max'), eb.fn.countAll<number>().as('n')])
        .where('deleted_at', 'is not', null)
        .where('deleted_at', '<', cutoff)
        .executeTakeFirst();
      if (!old || Number(old.n) === 0) continue;
      horizon = Math.max(horizon, Number(old.max));
      purged += Number(old.n);
      await trx
        .deleteFrom(table)
        .where('deleted_at', 'is not', null)
        .where('deleted_at', '<', cutoff)
        .execute();
    }
    await trx
      .insertInto('sync_meta')
      .values({ key: HORIZON_KEY, value: String(horizon) })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(horizon) }))
      .execute();
    return { purged, horizon };
  });
}
