// One data-access entry for both databases: SQLite (default, a file in the data directory, WAL)
// and PostgreSQL (DATABASE_URL). Everything above this file speaks Kysely only.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { log } from '../log';
import { describeSqliteOpenError, prepareDataDir, privateFile } from './data-dir';
import type { DB } from './schema';

export type DbKind = 'sqlite' | 'postgres';

export interface Database_ {
  db: Kysely<DB>;
  kind: DbKind;
  close(): Promise<void>;
}

export function connect(opts: { databaseUrl?: string | undefined; dataDir: string }): Database_ {
  if (opts.databaseUrl) {
    // pg returns int8/numeric as strings; our counters fit in int4, COUNT(*) is int8: parse it.
    pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10));
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection dropped by the database (restart, admin kill) must not crash the server:
    // the pool discards it and opens a new one on the next query.
    pool.on('error', (err) => log('error', 'db', `connexion PostgreSQL perdue : ${err.message}`));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  prepareDataDir(opts.dataDir);
  const file = join(opts.dataDir, 'borne.db');
  let sqlite: Database.Database | undefined;
  try {
    // Created 0600 before SQLite opens it: its -wal and -shm files take the same rights.
    privateFile(file, true);
    for (const side of ['-wal', '-shm']) privateFile(`${file}${side}`);
    sqlite = new Database(file);
    sqlite.pragma('journal_mode = WAL');
    // FULL: the WAL is synced at every commit, so an acknowledged push survives a power cut.
    sqlite.pragma('synchronous = FULL');
    // Deleted content is overwritten with zeros: an erased person leaves no bytes in the file.
    sqlite.pragma('secure_delete = ON');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get(); // reads page 1: a damaged file fails here
  } catch (err) {
    sqlite?.close();
    throw describeSqliteOpenError(file, err);
  }
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, kind: 'sqlite', close: () => db.destroy() };
}
