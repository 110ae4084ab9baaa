// SQLite backup and restore (issue 15). The backup uses SQLite's online backup API (better-sqlite3's
// db.backup), so the copy is one consistent state even while the server writes; it is written
// beside its final name and renamed once checked, so a cut never leaves a half file under that name.
// The restore keeps the replaced file aside, puts the copy in place, migrates it and gives it a new
// epoch (server/backup/epoch.ts).
import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readSync,
  renameSync,
  statSync,
  unlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Config } from '../config';
import { connect } from '../db/connect';
import { privateFile } from '../db/data-dir';
import { migrateToLatest } from '../db/migrate';
import { migrations } from '../db/migrations/index';
import type { DB } from '../db/schema';
import { type CarriedOver, type CarryOver, endSessions, keepCarryOver, readCarryOver } from './carry-over';
import { readDeviceSeqs, startNewEpoch, writeBackupTakenAt } from './epoch';
import { type ErasedRow, keepErasures, lostErasuresMessage, readErased } from './erasures';
import { keepRevocations, type Revoked, readRevoked } from './revocations';
import { runningServer } from './running';

export class BackupError extends Error {
  override name = 'BackupError';
}

export function sqliteFile(dataDir: string): string {
  return join(dataDir, 'borne.db');
}

function header(file: string, length: number): string {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(length);
    const n = readSync(fd, buf, 0, length, 0);
    return buf.subarray(0, n).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

export function isSqliteFile(file: string): boolean {
  return header(file, 16) === 'SQLite format 3\u0000';
}

export interface BackupSummary {
  file: string;
  bytes: number;
  records: number;
  takenAt: string;
}

/** Copies the live database into `target` (refused if it exists), checked before it gets its name. */
export async function backupSqlite(dataDir: string, target: string, now: Date): Promise<BackupSummary> {
  const source = sqliteFile(dataDir);
  if (!existsSync(source)) throw new BackupError(`Aucune base à sauvegarder : ${source} n’existe pas.`);
  if (existsSync(target))
    throw new BackupError(
      `Le fichier ${target} existe déjà : choisissez un autre nom (par exemple avec la date), rien n’a été écrasé.`,
    );
  const partial = `${target}.partiel`;
  if (existsSync(partial)) unlinkSync(partial);
  const live = new Database(source, { fileMustExist: true });
  try {
    live.pragma('busy_timeout = 5000');
    await live.backup(partial);
  } finally {
    live.close();
  }
  privateFile(partial);
  const copy = new Database(partial);
  let records: number;
  try {
    // A standalone file: no -wal beside it to forget when the copy is moved.
    copy.pragma('journal_mode = DELETE');
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok')
      throw new BackupError(`La copie ${partial} est abîmée (${String(check)}) : relancez la sauvegarde.`);
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: copy }) });
    await writeBackupTakenAt(db, now.toISOString());
    records = (copy.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
  } finally {
    copy.close();
  }
  renameSync(partial, target);
  return { file: target, bytes: statSync(target).size, records, takenAt: now.toISOString() };
}

/** Refuses a file that is not a Borne backup this version can read, in words; returns when it was
 *  taken (written by `borne backup`), or null. */
function checkBackupFile(file: string): string | null {
  if (!existsSync(file)) throw new BackupError(`Le fichier ${file} n’existe pas.`);
  if (!isSqliteFile(file))
    throw new BackupError(
      `Le fichier ${file} n’est pas une sauvegarde SQLite de Borne (une sauvegarde PostgreSQL se restaure avec DATABASE_URL).`,
    );
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok')
      throw new BackupError(`La sauvegarde ${file} est abîmée (${String(check)}) : prenez-en une autre.`);
    const tables = new Set(
      (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
        (t) => t.name,
      ),
    );
    if (!tables.has('devices') || !tables.has('records') || !tables.has('kysely_migration'))
      throw new BackupError(`Le fichier ${file} est une base SQLite, mais pas une sauvegarde de Borne.`);
    const names = (db.prepare('SELECT name FROM kysely_migration').all() as { name: string }[]).map(
      (m) => m.name,
    );
    const unknown = names.filter((n) => !(n in migrations));
    if (unknown.length)
      throw new BackupError(
        `La sauvegarde ${file} vient d’une version plus récente de Borne (${unknown.join(', ')}) : installez cette version avant de restaurer.`,
      );
    if (!tables.has('sync_meta')) return null;
    const taken = db.prepare("SELECT value FROM sync_meta WHERE key = 'backup_taken_at'").get() as
      | { value: string }
      | undefined;
    return taken?.value ?? null;
  } finally {
    db.close();
  }
}

/** What the restore takes from the database about to be replaced: each tablet's lastSeq, the
 *  erased ids (erasures.ts), the revoked tablets (revocations.ts) and the rest of what must not be
 *  undone (carry-over.ts). Undefined when it is gone or cannot be read. */
function readCurrent(file: string, since: string | null): Promise<Current | undefined> {
  if (!existsSync(file)) return Promise.resolve(undefined);
  let sqlite: Database.Database | undefined;
  try {
    sqlite = new Database(file, { fileMustExist: true });
    sqlite.pragma('wal_checkpoint(TRUNCATE)'); // the file kept aside holds everything
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
    return Promise.all([readDeviceSeqs(db), readErased(db), readRevoked(db), readCarryOver(db, since)])
      .then(([seqs, erased, revoked, carry]) => ({ seqs, erased, revoked, carry }))
      .catch(() => undefined)
      .finally(() => sqlite?.close());
  } catch {
    sqlite?.close();
    return Promise.resolve(undefined); // damaged: the reason for the restore, maybe
  }
}

export interface Current {
  seqs: Map<string, number>;
  erased: ErasedRow[];
  /** Tablets revoked there (revocations.ts). */
  revoked: Revoked[];
  /** STOP replies, tablet commands, accounts, agents, SMS (carry-over.ts). */
  carry: CarryOver;
}

export interface RestoreOptions {
  /** The operator accepts that erasures made after the backup must be done again (erasures.ts). */
  acceptLostErasures?: boolean;
}

export interface RestoreSummary {
  restoredFrom: string;
  keptAside: string | null;
  epoch: string;
  backupTakenAt: string | null;
  devices: number;
  /** Erased ids carried over from the replaced database; null when it could not be read. */
  erasuresKept: number | null;
  /** What else was carried over (carry-over.ts); null when the replaced database could not be read. */
  carriedOver: CarriedOver | null;
  /** Dashboard sessions ended by the restore (everyone signs in again). */
  sessionsEnded: number;
}

/** After the backup is in place and migrated: everything the replaced database must keep. */
export async function keepFromReplaced(db: Kysely<DB>, current: Current | undefined, now: Date) {
  if (!current) return { erasuresKept: null, carriedOver: null, sessionsEnded: await endSessions(db) };
  const erasuresKept = await keepErasures(db, current.erased, now);
  await keepRevocations(db, current.revoked, now);
  const carriedOver = await keepCarryOver(db, current.carry, now);
  return { erasuresKept, carriedOver, sessionsEnded: carriedOver.sessions };
}

export async function restoreSqlite(
  config: Config,
  backup: string,
  now: Date,
  opts: RestoreOptions = {},
): Promise<RestoreSummary> {
  const takenAt = checkBackupFile(backup);
  const pid = runningServer(config.dataDir);
  if (pid)
    throw new BackupError(
      `Le serveur Borne tourne encore sur ce dossier (processus ${pid}) : arrêtez-le (systemctl stop borne, ou Ctrl-C), puis relancez la restauration. Rien n’a été changé.`,
    );
  const live = sqliteFile(config.dataDir);
  const current = await readCurrent(live, takenAt);
  if (!current && !opts.acceptLostErasures) throw new BackupError(lostErasuresMessage());
  let keptAside: string | null = null;
  if (existsSync(live)) {
    keptAside = `${live}.avant-restauration-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(live, keptAside);
    for (const side of ['-wal', '-shm'])
      if (existsSync(live + side)) renameSync(live + side, keptAside + side);
  }
  const partial = `${live}.partiel`;
  copyFileSync(backup, partial);
  privateFile(partial);
  renameSync(partial, live);
  const database = connect(config);
  try {
    await migrateToLatest(database);
    const kept = await keepFromReplaced(database.db, current, now);
    const started = await startNewEpoch(database.db, { now, seqBefore: current?.seqs });
    const devices = (await database.db.selectFrom('devices').select('id').execute()).length;
    return {
      restoredFrom: backup,
      keptAside,
      epoch: started.epoch,
      backupTakenAt: started.backupTakenAt,
      devices,
      ...kept,
    };
  } finally {
    await database.close();
  }
}
