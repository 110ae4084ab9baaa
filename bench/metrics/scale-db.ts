// The scale bench's databases (bench/metrics/scale.ts): a federation seeded by the CLI's
// `seed-federation` into its own PostgreSQL database, reused by a later run when it holds the same
// federation, brought to the latest schema with the CLI's `migrate` (timed: a migration landed after
// the seed back-fills on the loaded database), and measured on disk table by table.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const PG_ADMIN_URL = process.env.DATABASE_URL_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
export const SECRET = 'scale-bench-secret-for-seeded-test-data-only';
export const PASSWORD = 'banc-essai-federation';
export const YEAR = 2026;
const DB_PREFIX = process.env.BENCH_SCALE_DB ?? 'borne_scale';

/** What `seed-federation --json` reports (server/seed/federation/seed.ts FederationResult). */
export interface SeedReport {
  seconds: number;
  records: number;
  factRows: number;
  phases?: {
    lanes: number;
    loadSeconds: number;
    vacuumSeconds: number;
    indexSeconds: Record<string, number>;
  };
  tables?: Record<string, { rows: number; seconds: number; rowsPerSecond: number }>;
  /** Added by the bench: the 1-minute load average when the seed ended. */
  load?: string;
}

/** Runs a CLI command in its own process (stopped if the bench is); its standard output. */
function cli(args: string[], env: Record<string, string>): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/main.ts', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  const stop = () => child.kill('SIGTERM');
  process.once('exit', stop);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      process.off('exit', stop);
      if (code === 0) resolve(out);
      else reject(new Error(`${args[0]} ended with ${code}`));
    });
  });
}

export async function seed(
  env: Record<string, string>,
  centres: number,
  territories: number,
): Promise<SeedReport> {
  const args = ['seed-federation', '--centres', String(centres), '--territories', String(territories)];
  args.push('--year', String(YEAR), '--password', PASSWORD, '--json');
  const report = JSON.parse(await cli(args, { BORNE_SECRET: SECRET, ...env })) as SeedReport;
  return { ...report, load: loadavg()[0]!.toFixed(1) };
}

/** Applies the migrations the database lacks (those landed after its seed); what and how long. */
export async function migrate(url: string): Promise<{ applied: string[]; seconds: number; load: string }> {
  const started = performance.now();
  const out = JSON.parse(await cli(['migrate', '--json'], { DATABASE_URL: url, BORNE_SECRET: SECRET }));
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  return { applied: out.applied as string[], seconds, load: loadavg()[0]!.toFixed(1) };
}

export async function admin<T>(f: (c: pg.Client) => Promise<T>, url = PG_ADMIN_URL): Promise<T> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

export interface FederationDb {
  url: string;
  /** The seed's report (null when a reused database has none beside it). */
  report: SeedReport | null;
  reused: boolean;
  drop(): Promise<void>;
}

/** The federation's database: reused when it holds this federation already, else made and seeded.
 *  The seed's report is kept in <tmpdir>/<database>.seed.json, so a reused one still says it. */
export async function federationDb(centres: number, territories: number): Promise<FederationDb> {
  const name = `${DB_PREFIX}_${centres}`;
  const reportFile = join(tmpdir(), `${name}.seed.json`);
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const drop = () =>
    admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined);
  const seeded = await admin(async (c) => {
    const found = await c.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!found.rowCount) return false;
    return admin(async (d) => {
      const r = await d
        .query(`SELECT count(*)::int AS n FROM centres WHERE id LIKE 'fed-c%'`)
        .catch(() => null);
      return r?.rows[0]?.n === centres;
    }, url.toString());
  });
  if (seeded) {
    const report = existsSync(reportFile)
      ? (JSON.parse(readFileSync(reportFile, 'utf8')) as SeedReport)
      : null;
    return { url: url.toString(), report, reused: true, drop };
  }
  await drop();
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const report = await seed({ DATABASE_URL: url.toString() }, centres, territories);
  writeFileSync(reportFile, JSON.stringify(report, null, 2));
  return { url: url.toString(), report, reused: false, drop };
}

export interface DatabaseSize {
  bytes: number;
  encounters: number;
  /** Tables of 1 MB or more, largest first: heap and indexes (with TOAST) in bytes. */
  tables: { name: string; bytes: number; indexBytes: number }[];
}

export async function databaseSize(url: string): Promise<DatabaseSize> {
  return admin(async (c) => {
    const db = await c.query('SELECT pg_database_size(current_database())::bigint AS n');
    const tables = await c.query(
      `SELECT relname, pg_total_relation_size(relid)::bigint AS n, pg_indexes_size(relid)::bigint AS i
       FROM pg_catalog.pg_statio_user_tables WHERE pg_total_relation_size(relid) >= 1000000
       ORDER BY 2 DESC`,
    );
    const enc = await c.query(`SELECT count(*)::bigint AS n FROM records WHERE entity = 'encounter'`);
    return {
      bytes: Number(db.rows[0].n),
      encounters: Number(enc.rows[0].n),
      tables: tables.rows.map((r) => ({
        name: r.relname as string,
        bytes: Number(r.n),
        indexBytes: Number(r.i),
      })),
    };
  }, url);
}
