// PostgreSQL backup and restore (issue 15) with PostgreSQL's own tools: pg_dump's custom format
// (one consistent snapshot, taken while the server serves) and pg_restore. The connection goes
// through PG* variables, never on the command line where `ps` would show a password.
import { execFile } from 'node:child_process';
import { existsSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import type { Config } from '../config';
import { connect } from '../db/connect';
import { privateFile } from '../db/data-dir';
import { migrateToLatest } from '../db/migrate';
import { migrations } from '../db/migrations/index';
import { readCarryOver } from './carry-over';
import { readDeviceSeqs, startNewEpoch, writeBackupTakenAt } from './epoch';
import { lostErasuresMessage, readErased } from './erasures';
import { readRevoked } from './revocations';
import {
  BackupError,
  type BackupSummary,
  type Current,
  keepFromReplaced,
  type RestoreOptions,
  type RestoreSummary,
} from './sqlite';

const run = promisify(execFile);

function pgEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  const env: NodeJS.ProcessEnv = { ...process.env, PGDATABASE: decodeURIComponent(u.pathname.slice(1)) };
  if (u.hostname) env.PGHOST = decodeURIComponent(u.hostname);
  if (u.port) env.PGPORT = u.port;
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const ssl = u.searchParams.get('sslmode');
  if (ssl) env.PGSSLMODE = ssl;
  return env;
}

async function tool(name: 'pg_dump' | 'pg_restore', args: string[], url: string): Promise<void> {
  try {
    await run(name, args, { env: pgEnv(url), maxBuffer: 16 * 1024 * 1024 });
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT')
      throw new BackupError(
        `${name} est introuvable sur cette machine : installez le client PostgreSQL (apt-get install postgresql-client), de la même version que le serveur ou plus récente.`,
      );
    const stderr = String((err as { stderr?: string }).stderr ?? '').trim();
    throw new BackupError(`${name} a échoué : ${stderr || (err as Error).message}`);
  }
}

export async function backupPostgres(url: string, target: string, now: Date): Promise<BackupSummary> {
  if (existsSync(target))
    throw new BackupError(
      `Le fichier ${target} existe déjà : choisissez un autre nom (par exemple avec la date), rien n’a été écrasé.`,
    );
  const partial = `${target}.partiel`;
  if (existsSync(partial)) unlinkSync(partial);
  // pg_dump cannot write into its file: the moment goes into the database just before, so the dump
  // carries it (the restore reads it back for « Perdu par la restauration du … »).
  const database = connect({ databaseUrl: url, dataDir: '' });
  await writeBackupTakenAt(database.db, now.toISOString()).finally(() => database.close());
  await tool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${partial}`], url);
  privateFile(partial);
  renameSync(partial, target);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT count(*)::int AS n FROM records');
    return { file: target, bytes: statSync(target).size, records: rows[0].n, takenAt: now.toISOString() };
  } finally {
    await client.end();
  }
}

/** Other sessions on the database: a running server (or a psql someone left open). */
// A server just stopped leaves PostgreSQL a moment later (its backends exit after the socket
// closes): the restore waits up to 3 s for them before it refuses. Autovacuum and the other
// background workers are not sessions: they give way to the restore's locks by themselves.
const SESSION_CHECKS = 30;
const SESSION_CHECK_MS = 100;

async function otherSessions(client: pg.Client): Promise<number> {
  for (let check = 1; ; check++) {
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'`,
    );
    if (rows[0].n === 0 || check === SESSION_CHECKS) return rows[0].n;
    await new Promise((resolve) => setTimeout(resolve, SESSION_CHECK_MS));
  }
}

/** When the dump was taken (sync_meta `backup_taken_at`, written by `borne backup`), or null. */
async function dumpTakenAt(backup: string, url: string): Promise<string | null> {
  const args = ['--data-only', '--table=sync_meta', '--file=-', backup];
  const out = await run('pg_restore', args, { env: pgEnv(url), maxBuffer: 16 * 1024 * 1024 }).catch(
    () => undefined,
  );
  // COPY … FROM stdin; lines are "key<TAB>value".
  const line = String(out?.stdout ?? '')
    .split('\n')
    .find((l) => l.startsWith('backup_taken_at\t'));
  return line ? line.slice('backup_taken_at\t'.length).trim() : null;
}

export async function restorePostgres(
  config: Config,
  backup: string,
  now: Date,
  opts: RestoreOptions = {},
): Promise<RestoreSummary> {
  const url = config.databaseUrl!;
  if (!existsSync(backup)) throw new BackupError(`Le fichier ${backup} n’existe pas.`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let current: Current | undefined;
  let keptAside: string | null = null;
  try {
    const sessions = await otherSessions(client);
    if (sessions > 0)
      throw new BackupError(
        `${sessions} autre(s) connexion(s) à la base : arrêtez chaque serveur Borne (et tout psql ouvert dessus), puis relancez la restauration. Rien n’a été changé.`,
      );
    // Readable before anything changes: pg_restore --list says whether the file is a dump at all.
    await tool('pg_restore', ['--list', backup], url).catch(() => {
      throw new BackupError(
        `Le fichier ${backup} n’est pas une sauvegarde PostgreSQL de Borne (faite par « borne backup » ou pg_dump --format=custom).`,
      );
    });
    const hasTables = (await client.query("SELECT to_regclass('public.devices') AS t")).rows[0].t !== null;
    if (hasTables) {
      const database = connect({ databaseUrl: url, dataDir: config.dataDir });
      const since = await dumpTakenAt(backup, url);
      current = await Promise.all([
        readDeviceSeqs(database.db),
        readErased(database.db),
        readRevoked(database.db),
        readCarryOver(database.db, since),
      ])
        .then(([seqs, erased, revoked, carry]) => ({ seqs, erased, revoked, carry }))
        .catch(() => undefined)
        .finally(() => database.close());
    }
    // Checked before anything changes (erasures.ts): without the list, erased people come back.
    if (!current && !opts.acceptLostErasures) throw new BackupError(lostErasuresMessage());
    if (hasTables) {
      keptAside = join(config.dataDir, `avant-restauration-${now.toISOString().replace(/[:.]/g, '-')}.dump`);
      await tool('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--file=${keptAside}`], url);
      privateFile(keptAside);
    }
    await client.query('DROP SCHEMA public CASCADE');
    await client.query('CREATE SCHEMA public');
  } finally {
    await client.end();
  }
  await tool(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${pgEnv(url).PGDATABASE}`, backup],
    url,
  );
  const database = connect({ databaseUrl: url, dataDir: config.dataDir });
  try {
    const names = (await database.db
      .selectFrom('kysely_migration' as never)
      .select('name' as never)
      .execute()) as {
      name: string;
    }[];
    const unknown = names.map((m) => m.name).filter((n) => !(n in migrations));
    if (unknown.length)
      throw new BackupError(
        `La sauvegarde ${backup} vient d’une version plus récente de Borne (${unknown.join(', ')}) : installez cette version, puis relancez la restauration${keptAside ? ` (la base d’avant est dans ${keptAside})` : ''}.`,
      );
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
