// What the federation seed does once every centre's records and facts are stored and indexed: the
// tables derived from the side tables rather than from one record at a time. A push keeps them in
// step record by record; the seed, which writes the side tables in bulk, fills them here in one
// pass with the same code their migration's back-fill runs (so there is one rule for them too).
import { type Kysely, PostgresAdapter, sql } from 'kysely';
import type { DB } from '../../db/schema';
import { recountFigures } from '../../facts/counts-sql';

/** Fills the derived tables of a freshly seeded database. */
export async function afterBulkLoad(db: Kysely<DB>): Promise<void> {
  // The figures' count table (migration 014), set-based from the side tables, in one transaction.
  await db.transaction().execute((trx) => recountFigures(trx));
  // Its statistics and visibility map, as the side tables had theirs before (index-only scans).
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  await sql.raw(postgres ? 'VACUUM ANALYZE figure_counts' : 'ANALYZE figure_counts').execute(db);
}
