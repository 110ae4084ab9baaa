// Tablet sync: 10,000 encounters queued in a tablet (headless Chromium, the real app and its sync
// worker) pushed and acknowledged against the real server, on SQLite and on PostgreSQL. As the
// reference, the same 10,000 documents replicated by PouchDB from Chromium (IndexedDB) to a
// PouchDB server (express-pouchdb over LevelDB on disk) on the same machine, in the same run.
import { cpus, loadavg } from 'node:os';
import { type Browser, chromium, type Page } from '@playwright/test';
import pg from 'pg';
import { connect } from '../../server/db/connect';
import { loadSecret, makeSecrets } from '../../server/secrets';
import { DEMO_CENTRE_ID } from '../../server/seed/demo';
import { createEnrolCode } from '../../server/services/enrol-codes';
import type { Metric, MetricModule } from '../metric';
import { measurePouch } from './pouchdb-baseline';
import { CHROMIUM_ARGS, COUNT, IDB_HELPERS, inPage } from './sync-page';

const PG_ADMIN_URL = process.env.DATABASE_URL_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

const READ_IDS = `async function () {
  ${IDB_HELPERS}
  var kv = await openDb('keyval-store');
  var enrolment = await request(kv.transaction('keyval').objectStore('keyval').get('device:enrolment'));
  kv.close();
  var db = await openDb('borne-mobile');
  var agents = await request(db.transaction('agents').objectStore('agents').getAll());
  db.close();
  return { deviceId: enrolment.deviceId, centreId: enrolment.centre.id, agentId: agents[0].id };
}`;

/** The records and their outbox entries, straight into IndexedDB in one transaction. */
const QUEUE = `async function (arg) {
  ${IDB_HELPERS}
  var db = await openDb('borne-mobile');
  var tx = db.transaction(['encounters', 'outbox'], 'readwrite');
  var queuedAt = new Date().toISOString();
  for (var i = 0; i < arg.count; i++) {
    var record = makeEncounter(arg.ctx, i);
    tx.objectStore('encounters').put(record);
    tx.objectStore('outbox').add({ entity: 'encounter', op: 'upsert', recordId: record.id, record: record, queuedAt: queuedAt });
  }
  await done(tx);
  db.close();
}`;

/** The sync screen is a staff screen: open a team session as the PIN unlock would. */
const OPEN_SESSION = `async function (agentId) {
  ${IDB_HELPERS}
  var kv = await openDb('keyval-store');
  var tx = kv.transaction('keyval', 'readwrite');
  tx.objectStore('keyval').put({ agentId: agentId, lastActivityAt: Date.now() }, 'agent:session');
  await done(tx);
  kv.close();
}`;

/** Taps "Synchroniser" and waits for the sync worker's outcome on its BroadcastChannel. */
const TAP_SYNC_AND_WAIT = `function () {
  return new Promise(function (resolve) {
    var channel = new BroadcastChannel('borne-sync');
    var button = Array.from(document.querySelectorAll('button')).find(function (b) {
      return b.textContent === 'Synchroniser';
    });
    var started = performance.now();
    channel.onmessage = function (event) {
      if (!event.data || event.data.type !== 'outcome') return;
      channel.close();
      resolve({ ms: performance.now() - started, outcome: event.data.outcome });
    };
    button.click();
  });
}`;

async function enrolCode(dataDir: string, databaseUrl: string | undefined): Promise<string> {
  const database = connect({ databaseUrl, dataDir });
  try {
    const secrets = makeSecrets(loadSecret(dataDir, process.env.BORNE_SECRET || undefined));
    return (await createEnrolCode(database.db, secrets, { centreId: DEMO_CENTRE_ID }, new Date())).code;
  } finally {
    await database.close();
  }
}

/** Enrols through the setup screen; returns what the records need. */
async function enrol(page: Page, url: string, code: string) {
  await page.goto(`${url}/installation`);
  await page.getByLabel('Code d’installation').fill(code);
  await page.getByLabel('Nom de la tablette').fill('Tablette banc d’essai');
  await page.getByRole('button', { name: 'Installer la tablette' }).click();
  await page.waitForURL('**/equipe', { timeout: 60_000 });
  return inPage<{ deviceId: string; centreId: string; agentId: string }>(page, READ_IDS, null);
}

/** Writes the records and their outbox entries straight into IndexedDB, in one transaction. */
async function queue(page: Page, ctx: { deviceId: string; centreId: string; agentId: string }) {
  await inPage(page, QUEUE, { ctx, count: COUNT });
}

/** Seconds from the "Synchroniser" tap to the sync worker's outcome (all 10,000 acknowledged). */
async function measureOurs(browser: Browser, url: string, dataDir: string, databaseUrl?: string) {
  const context = await browser.newContext({ serviceWorkers: 'block', locale: 'fr-FR' });
  try {
    const page = await context.newPage();
    const ctx = await enrol(page, url, await enrolCode(dataDir, databaseUrl));
    await queue(page, ctx);
    // The sync screen is a staff screen: open a team session as the PIN unlock would.
    await inPage(page, OPEN_SESSION, ctx.agentId);
    await page.goto(`${url}/equipe/synchronisation`);
    await page.getByRole('button', { name: 'Synchroniser' }).waitFor();
    const result = await inPage<{
      ms: number;
      outcome: { status: string; pushed?: number; rejected?: number };
    }>(page, TAP_SYNC_AND_WAIT, null);
    const { outcome } = result;
    if (outcome.status !== 'ok' || outcome.pushed !== COUNT || outcome.rejected !== 0)
      throw new Error(`sync did not acknowledge ${COUNT} records: ${JSON.stringify(outcome)}`);
    return result.ms / 1000;
  } finally {
    await context.close();
  }
}

async function postgresDatabase(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return undefined;
  }
  const name = `borne_bench_sync_${Math.random().toString(36).slice(2, 10)}`;
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const list = (xs: number[]) => xs.map((x) => round2(x)).join(', ');

/** Runs per system: the machine is shared, so ours and PouchDB's alternate and medians are kept. */
const RUNS = 3;

export const syncBench: MetricModule = async (ctx) => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const metrics: Metric[] = [];
  const what = `${COUNT.toLocaleString('en')} encounters queued in headless Chromium, pushed by the sync worker (batches of 500) until acknowledged`;
  const load = () => `load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`;
  try {
    const ours: number[] = [];
    const pouch: number[] = [];
    const sqlite = await ctx.startServer();
    try {
      for (let run = 0; run < RUNS; run++) {
        ours.push(await measureOurs(browser, sqlite.url, sqlite.dataDir));
        pouch.push(await measurePouch(browser));
      }
    } finally {
      await sqlite.stop();
    }
    const oursS = median(ours);
    const pouchS = median(pouch);
    metrics.push({
      name: 'sync_10k_sqlite_s',
      value: round2(oursS),
      unit: 's',
      target: '< 5 s',
      note: `SQLite; ${what}; ${Math.round(COUNT / oursS)} records/s; median of ${RUNS} (${list(ours)}); ${load()}`,
    });

    const pgDb = await postgresDatabase();
    if (pgDb) {
      const server = await ctx.startServer({ databaseUrl: pgDb.url });
      try {
        const runs: number[] = [];
        for (let run = 0; run < RUNS; run++)
          runs.push(await measureOurs(browser, server.url, server.dataDir, pgDb.url));
        const seconds = median(runs);
        metrics.push({
          name: 'sync_10k_pg_s',
          value: round2(seconds),
          unit: 's',
          note: `PostgreSQL; ${what}; ${Math.round(COUNT / seconds)} records/s; median of ${RUNS} (${list(runs)}); ${load()}`,
        });
      } finally {
        await server.stop();
        await pgDb.drop();
      }
    } else {
      console.warn('  PostgreSQL does not answer: sync_10k_pg_s not measured');
    }

    metrics.push({
      name: 'pouchdb_10k_s',
      value: round2(pouchS),
      unit: 's',
      note: `same 10,000 documents, PouchDB 9 (IndexedDB) → express-pouchdb 4.2 (LevelDB on disk), batch_size 500; median of ${RUNS} (${list(pouch)}), alternating with ours`,
    });
    metrics.push({
      name: 'sync_vs_pouchdb_speedup',
      value: round2(pouchS / oursS),
      unit: '×',
      target: '≥ 5',
      note: 'pouchdb_10k_s ÷ sync_10k_sqlite_s, same run',
    });
  } finally {
    await browser.close();
  }
  return metrics;
};
