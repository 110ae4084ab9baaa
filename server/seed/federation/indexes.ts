// The federation seed's bulk load writes into tables without their secondary indexes, then builds
// them once at the end: inserting 30 million side-table rows into record_values' three secondary
// B-trees row by row costs about twice what one sorted build of each does (measured on 217k rows,
// PostgreSQL 15, load 16: 13.8 s with the indexes in place against 1.0 s + 5.3 s of builds). The
// primary keys stay (the seed's ids grow with time, so their inserts land at the right edge).
// The definitions are read from the database itself, so an index a later migration adds is
// dropped and rebuilt the same way, with its exact definition. A seed stopped between the two
// steps leaves a database without those indexes: the seed refuses a non-empty database anyway,
// so drop it and seed again.
import { type Kysely, sql } from 'kysely';
import type { DbKind } from '../../db/connect';
import type { DB } from '../../db/schema';

export interface SecondaryIndex {
  name: string;
  table: string;
  /** The statement that makes it again (pg_indexes.indexdef / sqlite_master.sql). */
  definition: string;
}

/** The indexes of `tables` that back no constraint (primary keys and unique constraints stay). */
export async function secondaryIndexes(
  db: Kysely<DB>,
  kind: DbKind,
  tables: readonly string[],
): Promise<SecondaryIndex[]> {
  if (kind === 'postgres') {
    const { rows } = await sql<{ indexname: string; tablename: string; indexdef: string }>`
      SELECT i.indexname, i.tablename, i.indexdef FROM pg_indexes i
      WHERE i.schemaname = current_schema() AND i.tablename IN (${sql.join([...tables])})
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)
      ORDER BY i.tablename, i.indexname`.execute(db);
    return rows.map((r) => ({ name: r.indexname, table: r.tablename, definition: r.indexdef }));
  }
  // SQLite: the automatic indexes of primary keys and unique constraints have no SQL.
  const { rows } = await sql<{ name: string; tbl_name: string; sql: string }>`
    SELECT name, tbl_name, sql FROM sqlite_master
    WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${sql.join([...tables])})
    ORDER BY tbl_name, name`.execute(db);
  return rows.map((r) => ({ name: r.name, table: r.tbl_name, definition: r.sql }));
}

export async function dropIndexes(db: Kysely<DB>, indexes: readonly SecondaryIndex[]): Promise<void> {
  for (const i of indexes) await sql`DROP INDEX ${sql.id(i.name)}`.execute(db);
}

/** Builds them again, one after the other; returns the seconds each took. */
export async function rebuildIndexes(
  db: Kysely<DB>,
  kind: DbKind,
  indexes: readonly SecondaryIndex[],
): Promise<Record<string, number>> {
  const seconds: Record<string, number> = {};
  await db.connection().execute(async (c) => {
    // A build sorts its whole table: give this session's sorts room (the server's default is 64 MB).
    if (kind === 'postgres') await sql`SET maintenance_work_mem = '1GB'`.execute(c);
    for (const i of indexes) {
      const started = performance.now();
      await sql.raw(i.definition).execute(c);
      seconds[i.name] = Math.round((performance.now() - started) / 100) / 10;
    }
  });
  return seconds;
}
