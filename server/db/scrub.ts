// After an erasure or a purge the deleted bytes must leave the disk too (issue 9): SQLite runs
// with secure_delete on (connect.ts), which overwrites deleted content with zeros, and here its
// WAL is checkpointed into the database file and truncated, so no older copy of an erased page
// stays in borne.db-wal. PostgreSQL keeps dead rows until VACUUM (README "Operations").
import { type Kysely, SqliteAdapter, sql } from 'kysely';
import type { DB } from './schema';

export async function scrubDeletedBytes(db: Kysely<DB>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
}
