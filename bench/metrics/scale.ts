// The scale bench (issue 15, `npm run bench -- scale`; never in the default set, never in npm test:
// seeding takes minutes). For each size (BENCH_SCALE_CENTRES, default « 30,300 » centres in 10
// territories, one year) it seeds a PostgreSQL database with the CLI's `seed-federation`, starts a
// real server on it, and measures what a federation's people do: a territory's year of figures, a
// centre's month, a records page with two filters, a centre-year CSV export (with the server's RSS
// growth), and 20 tablets pushing into the loaded database; then the database's size. One centre's
// year on SQLite is measured the same way. A seeded database is kept for the next run when
// BENCH_SCALE_KEEP=1 (and reused if it holds the same federation), else dropped at the end.
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import pg from 'pg';
import type { Metric, MetricModule } from '../metric';
import { measureIngest } from './ingest';
import { download, type Session, signIn, timeGets } from './scale-http';

const PG_ADMIN_URL = process.env.DATABASE_URL_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const SIZES = (process.env.BENCH_SCALE_CENTRES ?? '30,300').split(',').map(Number);
const TERRITORIES = 10;
const YEAR = 2026;
const SECRET = 'scale-bench-secret-for-seeded-test-data-only';
const PASSWORD = 'banc-essai-federation';
const RUNS = 20;

/** Runs the CLI's seed-federation in its own process (stopped if the bench is). */
function seed(env: Record<string, string>, centres: number, territories: number): Promise<void> {
  const args = ['--import', 'tsx', 'server/cli/main.ts', 'seed-federation', '--centres', String(centres)];
  args.push('--territories', String(territories), '--year', String(YEAR), '--password', PASSWORD);
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = () => child.kill('SIGTERM');
  process.once('exit', stop);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      process.off('exit', stop);
      if (code === 0) resolve();
      else reject(new Error(`seed-federation ended with ${code}`));
    });
  });
}

async function admin<T>(f: (c: pg.Client) => Promise<T>, url = PG_ADMIN_URL): Promise<T> {
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

/** The federation's database: reused when it holds this federation already, else made and seeded. */
async function federationDb(
  centres: number,
): Promise<{ url: string; seconds: number | null; drop(): Promise<void> }> {
  const name = `borne_scale_${centres}`;
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
  if (seeded) return { url: url.toString(), seconds: null, drop };
  await drop();
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const started = performance.now();
  await seed({ DATABASE_URL: url.toString(), BORNE_SECRET: SECRET }, centres, Math.min(TERRITORIES, centres));
  return { url: url.toString(), seconds: Math.round((performance.now() - started) / 1000), drop };
}

interface Sizes {
  databaseBytes?: number;
}

/** The five measurements on a seeded federation, as metrics named `scale_<label>_…`. */
async function measure(
  label: string,
  server: { url: string; dataDir: string; pid: number },
  opts: {
    databaseUrl?: string;
    territory: boolean;
  },
): Promise<Metric[]> {
  const out: Metric[] = [];
  // Each note says how loaded the machine was (1-minute load average on its cores) when measured.
  const add = (name: string, value: number, unit: string, target: string | undefined, note: string) =>
    out.push({
      name: `scale_${label}_${name}`,
      value,
      unit,
      ...(target ? { target } : {}),
      note: `${note}; load ${loadavg()[0]!.toFixed(1)}`,
    });
  const year = `from=${YEAR}-01-01&to=${YEAR}-12-31`;
  const admin: Session = await signIn(server.url, 'admin@federation.bench', PASSWORD);
  if (opts.territory) {
    const t = await timeGets(admin, [`/figures?${year}&territory=fed-t01`], RUNS);
    add(
      'territory_year_figures_p95_ms',
      t.p95,
      'ms',
      '< 1000',
      `GET /figures, a territory's year; p50 ${t.p50} ms, ${t.runs} runs`,
    );
  }
  const months = Array.from({ length: 12 }, (_, m) => {
    const last = new Date(Date.UTC(YEAR, m + 1, 0)).getUTCDate();
    const mm = String(m + 1).padStart(2, '0');
    return `/figures?from=${YEAR}-${mm}-01&to=${YEAR}-${mm}-${last}&centre=fed-c001`;
  });
  const month = await timeGets(admin, months, RUNS);
  add(
    'centre_month_figures_p95_ms',
    month.p95,
    'ms',
    '< 100',
    `GET /figures, one centre's month (each month in turn); p50 ${month.p50} ms`,
  );
  const filters = 'theme=aide_aux_demarches_administratives&institution=caf';
  const scope = opts.territory ? 'territory=fed-t01' : 'centre=fed-c001';
  const pages = [1, 2, 5, 10, 40].map((p) => `/encounters?${year}&${scope}&${filters}&page=${p}`);
  const page = await timeGets(admin, pages, RUNS);
  add(
    'records_page_two_filters_p95_ms',
    page.p95,
    'ms',
    '< 200',
    `GET /encounters, 50 rows of a ${opts.territory ? "territory's" : "centre's"} year, theme + institution, pages 1–40 with their total; p50 ${page.p50} ms`,
  );
  const csv = await download(admin, `/exports/encounters.csv?${year}&centre=fed-c001`, server.pid);
  add(
    'centre_year_csv_rss_growth_mb',
    Math.round(csv.rssGrowth / 1e5) / 10,
    'MB',
    '< 100',
    `encounters.csv of one centre's year: ${csv.rows} lines, ${Math.round(csv.bytes / 1e5) / 10} MB in ${csv.seconds.toFixed(1)} s, first bytes after ${csv.firstChunkMs} ms; server RSS sampled every 20 ms`,
  );
  const ingest = await measureIngest(server.url, server.dataDir, opts.databaseUrl, {
    centreId: 'fed-c001',
    secret: SECRET,
  });
  add(
    'ingest_20_tablets_records_per_s',
    ingest,
    'records/s',
    '≥ 5000',
    '20 tablets × 1,000 encounters, batches of 500, into the loaded database',
  );
  return out;
}

async function databaseSize(url: string): Promise<Sizes & Record<string, number>> {
  return admin(async (c) => {
    const db = await c.query('SELECT pg_database_size(current_database())::bigint AS n');
    const tables = await c.query(
      `SELECT relname, pg_total_relation_size(relid)::bigint AS n FROM pg_catalog.pg_statio_user_tables
       WHERE relname IN ('records', 'record_values', 'encounter_facts') `,
    );
    return {
      databaseBytes: Number(db.rows[0].n),
      ...Object.fromEntries(tables.rows.map((r) => [r.relname as string, Number(r.n)])),
    };
  }, url);
}

/** How each PostgreSQL figure grows from the smallest federation measured to the largest. */
function growth(metrics: Metric[]): Metric[] {
  if (SIZES.length < 2) return [];
  const [small, large] = [Math.min(...SIZES), Math.max(...SIZES)];
  const value = (n: number, what: string) => metrics.find((m) => m.name === `scale_pg_${n}_${what}`)?.value;
  return metrics
    .filter((m) => m.name.startsWith(`scale_pg_${large}_`))
    .flatMap((m) => {
      const what = m.name.slice(`scale_pg_${large}_`.length);
      const from = value(small, what);
      if (!from) return [];
      return [
        {
          name: `scale_growth_${small}_to_${large}_${what}`,
          value: Math.round((m.value / from) * 100) / 100,
          unit: '×',
          note: `${small} → ${large} centres (${Math.round(large / small)}× the records): ${from} → ${m.value} ${m.unit}`,
        },
      ];
    });
}

export const scale: MetricModule = async (ctx) => {
  const metrics: Metric[] = [];
  for (const centres of SIZES) {
    const fed = await federationDb(centres);
    try {
      const server = await ctx.startServer({
        databaseUrl: fed.url,
        demo: false,
        env: { BORNE_SECRET: SECRET },
      });
      try {
        metrics.push(...(await measure(`pg_${centres}`, server, { databaseUrl: fed.url, territory: true })));
      } finally {
        await server.stop();
      }
      const size = await databaseSize(fed.url);
      const mb = (n: number | undefined) => Math.round((n ?? 0) / 1e6);
      metrics.push({
        name: `scale_pg_${centres}_database_mb`,
        value: mb(size.databaseBytes),
        unit: 'MB',
        note: `${centres} centres, ${TERRITORIES} territories, ${YEAR}; records ${mb(size.records)} MB, record_values ${mb(size.record_values)} MB, encounter_facts ${mb(size.encounter_facts)} MB (with indexes)${fed.seconds === null ? '; seeded by an earlier run' : `; seeded in ${fed.seconds} s`}`,
      });
    } finally {
      if (process.env.BENCH_SCALE_KEEP !== '1') await fed.drop();
    }
  }
  metrics.push(...growth(metrics));
  // One centre's year on SQLite: seeded into the server's own data directory, then measured.
  const server = await ctx.startServer({ demo: false, env: { BORNE_SECRET: SECRET } });
  try {
    await seed({ BORNE_DATA_DIR: server.dataDir, DATABASE_URL: '', BORNE_SECRET: SECRET }, 1, 1);
    metrics.push(...(await measure('sqlite_1', server, { territory: false })));
  } finally {
    await server.stop();
  }
  return metrics;
};
