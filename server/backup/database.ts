// Back up or restore the configured database, whichever it is: PostgreSQL when DATABASE_URL is set
// (pg_dump / pg_restore, postgres.ts), else the SQLite file of the data directory (sqlite.ts). The
// one place that chooses, for `borne backup` / `borne restore` and the restore tests.
import type { Config } from '../config';
import { backupPostgres, restorePostgres } from './postgres';
import {
  type BackupSummary,
  backupSqlite,
  type RestoreOptions,
  type RestoreSummary,
  restoreSqlite,
} from './sqlite';

export function backupDatabase(config: Config, file: string, now: Date): Promise<BackupSummary> {
  return config.databaseUrl
    ? backupPostgres(config.databaseUrl, file, now)
    : backupSqlite(config.dataDir, file, now);
}

export function restoreDatabase(
  config: Config,
  file: string,
  now: Date,
  opts: RestoreOptions = {},
): Promise<RestoreSummary> {
  return config.databaseUrl
    ? restorePostgres(config, file, now, opts)
    : restoreSqlite(config, file, now, opts);
}
