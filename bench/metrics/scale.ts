// The scale bench (issue 15, `npm run bench -- scale`; never in the default set, never in npm test:
// seeding takes minutes). For each size (BENCH_SCALE_CENTRES, default « 30,300 » centres in 10
// territories, one year) it seeds a PostgreSQL database with the CLI's `seed-federation`
// (scale-db.ts), brings it to the latest schema (timed), starts a real server on it, and measures
// what a federation's people do: a territory's year of figures, a centre's month, a records page
// with two filters, a centre-year CSV export (with the server's RSS growth), and 20 tablets pushing
// into the loaded database; then the database's size table by table, the seed's own time, and how
// each of these grows from the smallest size to the largest. One centre's year on SQLite is
// measured the same way (BENCH_SCALE_SQLITE=0: not this time). A seeded database (BENCH_SCALE_DB, default « borne_scale », then
// « _<centres> ») is kept for the next run when BENCH_SCALE_KEEP=1 (and reused if it holds the same
// federation), else dropped at the end.
import { loadavg } from 'node:os';
import type { Metric, MetricModule } from '../metric';
import { loadResults } from '../report';
import { describeIngest, measureIngest } from './ingest';
import {
  type DatabaseSize,
  databaseSize,
  type FederationDb,
  federationDb,
  migrate,
  PASSWORD,
  SECRET,
  seed,
  YEAR,
} from './scale-db';
import { download, type Session, signIn, timeGets, timeWalk } from './scale-http';

const SIZES = (process.env.BENCH_SCALE_CENTRES ?? '30,300').split(',').map(Number);
const TERRITORIES = 10;
const RUNS = 20;
/** Walks of the records list's 40 pages (40 GETs each). */
const WALKS = 3;
const territories = (centres: number) => Math.min(TERRITORIES, centres);
/** Tables given a row of their own (with their growth); the note lists every table of 1 MB or more. */
const SIZED_TABLES = ['records', 'record_values', 'encounter_facts', 'kiosk_facts', 'figure_counts'];

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
      // (a note that says its own load — the ingest's, taken when its run ended — keeps that one)
      note: /; load \d/.test(note) ? note : `${note}; load ${loadavg()[0]!.toFixed(1)}`,
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
  // Pages 1 to 40 as a person reaches them: « Page suivante », each page by the cursor of the last.
  const page = await timeWalk(admin, `/encounters?${year}&${scope}&${filters}`, 40, WALKS);
  const depths = Object.entries(page.byDepth).map(([d, ms]) => `page ${d} ${ms}`);
  add(
    'records_page_two_filters_p95_ms',
    page.p95,
    'ms',
    '< 200',
    `GET /encounters, 50 rows of a ${opts.territory ? "territory's" : "centre's"} year, theme + institution, pages 1–40 walked by cursor with their total (${WALKS} walks, ${page.runs} GETs); p50 ${page.p50} ms; p50 by depth: ${depths.join(', ')} ms`,
  );
  const csv = await download(admin, `/exports/encounters.csv?${year}&centre=fed-c001`, server.pid);
  add(
    'centre_year_csv_rss_growth_mb',
    Math.round(csv.rssGrowth / 1e5) / 10,
    'MB',
    '< 100',
    `encounters.csv of one centre's year: ${csv.rows} lines, ${Math.round(csv.bytes / 1e5) / 10} MB in ${csv.seconds.toFixed(1)} s, first bytes after ${csv.firstChunkMs} ms; server RSS sampled every 20 ms`,
  );
  // Under a heavy load a push can lose its connection: say so, and keep the other measurements.
  const ingest = await measureIngest(
    server.url,
    server.dataDir,
    opts.databaseUrl,
    { centreId: 'fed-c001', secret: SECRET },
    server.pid,
  ).catch((err: Error) => {
    console.error(`  ingest on ${label} failed: ${err.message} (${String(err.cause ?? '')})`);
    return undefined;
  });
  if (ingest !== undefined)
    add(
      'ingest_20_tablets_records_per_s',
      ingest.recordsPerS,
      'records/s',
      '≥ 5000',
      `20 tablets × 1,000 encounters, batches of 500, into the loaded database; ${describeIngest(ingest)}`,
    );
  return out;
}

/** How each PostgreSQL figure grows from the smallest federation measured to the largest. */
function growth(metrics: Metric[]): Metric[] {
  // BENCH_SCALE_GROWTH_FROM: compare with a smaller federation measured by an earlier run (its row
  // in bench/results.json), when this run measures only the larger one.
  const earlier = Number(process.env.BENCH_SCALE_GROWTH_FROM) || undefined;
  const sizes = earlier ? [earlier, ...SIZES] : SIZES;
  if (new Set(sizes).size < 2) return [];
  const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
  const stored = loadResults().metrics;
  const value = (n: number, what: string) => {
    const name = `scale_pg_${n}_${what}`;
    const now = metrics.find((m) => m.name === name);
    if (now) return { value: now.value, when: '' };
    const before = SIZES.includes(n) ? undefined : stored[name];
    return before
      ? { value: before.value, when: ` (${n} measured by an earlier run, ${before.date})` }
      : undefined;
  };
  return metrics
    .filter((m) => m.name.startsWith(`scale_pg_${large}_`))
    .flatMap((m) => {
      const what = m.name.slice(`scale_pg_${large}_`.length);
      const from = value(small, what);
      if (!from?.value) return [];
      return [
        {
          name: `scale_growth_${small}_to_${large}_${what}`,
          value: Math.round((m.value / from.value) * 100) / 100,
          unit: '×',
          note: `${small} → ${large} centres (${Math.round(large / small)}× the records): ${from.value} → ${m.value} ${m.unit}${from.when}`,
        },
      ];
    });
}

const mb = (n: number) => Math.round(n / 1e6);
const load = () => loadavg()[0]!.toFixed(1);

/** The database's size, its largest tables, the seed's time and the migrations run on it. */
function sizeMetrics(
  centres: number,
  fed: FederationDb,
  size: DatabaseSize,
  migrated: { applied: string[]; seconds: number; load: string },
): Metric[] {
  const label = `scale_pg_${centres}`;
  const tableNote = size.tables
    .map((t) => `${t.name} ${mb(t.bytes)} MB (indexes ${mb(t.indexBytes)})`)
    .join(', ');
  const out: Metric[] = [
    {
      name: `${label}_database_mb`,
      value: mb(size.bytes),
      unit: 'MB',
      note: `${centres} centres, ${territories(centres)} territories, ${YEAR}, ${size.encounters} encounters, as seeded (before the ingest measurement); by table with indexes and TOAST: ${tableNote}; load ${load()}`,
    },
    ...SIZED_TABLES.flatMap((name) => {
      const t = size.tables.find((x) => x.name === name);
      return t
        ? [
            {
              name: `${label}_table_${name}_mb`,
              value: mb(t.bytes),
              unit: 'MB',
              note: `of which indexes ${mb(t.indexBytes)} MB`,
            },
          ]
        : [];
    }),
    {
      name: `${label}_migrate_s`,
      value: migrated.seconds,
      unit: 's',
      note: `borne migrate on the seeded database before measuring: ${migrated.applied.length ? `applied ${migrated.applied.join(', ')} (landed after the seed: their back-fill on the loaded database)` : 'nothing to apply (the process start and the check)'}; load ${migrated.load}`,
    },
  ];
  const r = fed.report;
  if (r) {
    const tables = Object.entries(r.tables ?? {})
      .filter(([, t]) => t.rows)
      .map(([t, s]) => `${t} ${s.rows} rows at ${s.rowsPerSecond}/s`)
      .join(', ');
    const indexes = Object.values(r.phases?.indexSeconds ?? {}).reduce((a, b) => a + b, 0);
    out.push({
      name: `${label}_seed_s`,
      value: Math.round(r.seconds),
      unit: 's',
      note: `seed-federation${fed.reused ? ' (an earlier run, database reused)' : ''}: ${r.records} records, ${r.factRows} side-table rows; ${r.phases ? `bulk load ${r.phases.loadSeconds} s on ${r.phases.lanes} connections, VACUUM ANALYZE ${r.phases.vacuumSeconds} s, index builds ${indexes.toFixed(1)} s; ` : ''}rows per second of statement time and connection: ${tables}; load average ${r.load ?? '?'} when it ended`,
    });
  }
  return out;
}

/** The largest federation this run measured, counted in its database (the issue asks 3.5 M). */
function largest(centres: number, size: DatabaseSize, fed: FederationDb): Metric {
  return {
    name: 'scale_pg_largest_federation_encounters',
    value: size.encounters,
    unit: 'encounters',
    target: '≈ 3,500,000 (300 centres)',
    note: `the largest federation measured by this run: ${centres} centres in ${territories(centres)} territories, one year, counted in its database${fed.report ? ` (${fed.report.records} records, ${fed.report.factRows} side-table rows, seeded in ${Math.round(fed.report.seconds / 60)} min at load ${fed.report.load ?? '?'})` : ''}`,
  };
}

export const scale: MetricModule = async (ctx) => {
  const metrics: Metric[] = [];
  let biggest: Metric | undefined;
  for (const centres of SIZES) {
    const fed = await federationDb(centres, territories(centres));
    try {
      const migrated = await migrate(fed.url);
      // Sized and counted as seeded, before the ingest measurement adds its 20,000 encounters.
      const size = await databaseSize(fed.url);
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
      metrics.push(...sizeMetrics(centres, fed, size, migrated));
      if (centres === Math.max(...SIZES)) biggest = largest(centres, size, fed);
    } finally {
      if (process.env.BENCH_SCALE_KEEP !== '1') await fed.drop();
    }
  }
  metrics.push(...growth(metrics));
  if (biggest) metrics.push(biggest);
  // One centre's year on SQLite: seeded into the server's own data directory, then measured
  // (BENCH_SCALE_SQLITE=0 leaves it out, its rows keep their earlier date).
  if (process.env.BENCH_SCALE_SQLITE === '0') return metrics;
  const server = await ctx.startServer({ demo: false, env: { BORNE_SECRET: SECRET } });
  try {
    await seed({ BORNE_DATA_DIR: server.dataDir, DATABASE_URL: '' }, 1, 1);
    metrics.push(...(await measure('sqlite_1', server, { territory: false })));
  } finally {
    await server.stop();
  }
  return metrics;
};
