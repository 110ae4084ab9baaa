// Server ingest: 20 tablets pushing 1,000 encounters each at the same time over HTTP, in batches of
// 500, against a real server (the CLI's `serve`), on SQLite and — when it answers — on PostgreSQL.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import pg from 'pg';
import { v7 as uuidv7 } from 'uuid';
import { connect } from '../../server/db/connect';
import { loadSecret, makeSecrets } from '../../server/secrets';
import { DEMO_CENTRE_ID } from '../../server/seed/demo';
import { createEnrolCode } from '../../server/services/enrol-codes';
import type { Metric, MetricModule } from '../metric';

const TABLETS = 20;
const RECORDS = 1000;
const BATCH = 500;
const PG_ADMIN_URL = process.env.DATABASE_URL_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

interface Tablet {
  deviceId: string;
  deviceToken: string;
}

/** Where the tablets push: the demo centre by default; the scale bench names a seeded one. */
export interface IngestTarget {
  centreId: string;
  /** The server's BORNE_SECRET, when it has one (else its data directory's key file). */
  secret?: string | undefined;
}
const DEMO: IngestTarget = { centreId: DEMO_CENTRE_ID };

/** Enrolment codes and the agent id, read from the server's own database and secret. */
async function prepare(dataDir: string, databaseUrl: string | undefined, target: IngestTarget) {
  const database = connect({ databaseUrl, dataDir });
  try {
    const secrets = makeSecrets(loadSecret(dataDir, target.secret || process.env.BORNE_SECRET || undefined));
    const codes: string[] = [];
    for (let i = 0; i < TABLETS; i++) {
      codes.push(
        (await createEnrolCode(database.db, secrets, { centreId: target.centreId }, new Date())).code,
      );
    }
    const agent = await database.db
      .selectFrom('agents')
      .select('id')
      .where('centre_id', '=', target.centreId)
      .where('role', '=', 'agent')
      .executeTakeFirstOrThrow();
    return { codes, agentId: agent.id };
  } finally {
    await database.close();
  }
}

function encounter(tablet: Tablet & { centreId: string }, agentId: string, i: number) {
  return {
    id: uuidv7(),
    centreId: tablet.centreId,
    deviceId: tablet.deviceId,
    agentId,
    createdAt: new Date().toISOString(),
    rev: 1,
    type: i % 5 === 0 ? 'information' : 'individuel',
    profile: { sex: i % 2 ? 'feminin' : 'masculin', ageBand: '25_39', livesInQpv: 'oui' },
    themes: ['aide_aux_demarches_administratives'],
    institutions: ['caf'],
    actions: [{ kind: 'aide_sur_place' }],
    autonomy: 'partiellement_autonome',
    durationMin: 15,
  };
}

async function push(url: string, tablet: Tablet, mutations: unknown[]) {
  const res = await fetch(`${url}/api/v1/sync/push`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tablet.deviceToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ protocol: 1, deviceId: tablet.deviceId, mutations }),
  });
  if (res.status !== 200) throw new Error(`push answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { results: { status: string }[] };
  if (!body.results.every((r) => r.status === 'applied')) throw new Error('a mutation was not applied');
}

/** CPU time (user + system, ms) a process has spent so far, from /proc (0 where there is none). */
function cpuMs(pid: number): number {
  try {
    // Fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux); the name in
    // parentheses may hold spaces, so count from its closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** The PostgreSQL backends serving `databaseUrl` (the server's pool), by process id. */
async function backends(databaseUrl: string | undefined): Promise<number[]> {
  if (!databaseUrl) return [];
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const name = new URL(databaseUrl).pathname.slice(1);
    const rows = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [name],
    );
    return rows.rows.map((r) => r.pid);
  } finally {
    await client.end();
  }
}

export interface IngestResult {
  recordsPerS: number;
  /** CPU the server process spent per 1,000 records (user + system): less load-sensitive than the rate. */
  serverCpuMsPer1000?: number;
  /** CPU the database's backends spent per 1,000 records (PostgreSQL on this machine only). */
  dbCpuMsPer1000?: number;
  /** CPU the bench's own process spent per 1,000 records: the 20 tablets building and sending. */
  tabletsCpuMsPer1000: number;
  /** The 1-minute load average when the run ended (the machine is shared). */
  load: number;
}

/** Says a result in words for a metric's note: CPU per 1,000 records and the load average. */
export function describeIngest(r: IngestResult): string {
  const cpu = [
    r.serverCpuMsPer1000 !== undefined ? `server ${r.serverCpuMsPer1000}` : '',
    r.dbCpuMsPer1000 !== undefined ? `database ${r.dbCpuMsPer1000}` : '',
    `tablets ${r.tabletsCpuMsPer1000}`,
  ].filter(Boolean);
  return `${cpu.length ? `CPU ms per 1,000 records: ${cpu.join(', ')}; ` : ''}load ${r.load.toFixed(1)}`;
}

/**
 * Records per second for 20 tablets × 1,000 encounters, from the first push to the last ack; with
 * the server's process id, also the CPU it (and the database's backends) spent on them.
 */
export async function measureIngest(
  url: string,
  dataDir: string,
  databaseUrl: string | undefined,
  target: IngestTarget = DEMO,
  serverPid?: number,
): Promise<IngestResult> {
  const { codes, agentId } = await prepare(dataDir, databaseUrl, target);
  const tablets: (Tablet & { centreId: string })[] = [];
  for (const [i, code] of codes.entries()) {
    const res = await fetch(`${url}/api/v1/devices/enrol`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code, deviceName: `Bench ${i}` }),
    });
    if (res.status !== 200) throw new Error(`enrolment answered ${res.status}`);
    tablets.push({ ...((await res.json()) as Tablet), centreId: target.centreId });
  }
  // Warm-up: one record each (connections, JIT), then the measured run from seq 2.
  await Promise.all(
    tablets.map((t) =>
      push(url, t, [{ seq: 1, entity: 'encounter', op: 'upsert', record: encounter(t, agentId, 0) }]),
    ),
  );
  const batches = tablets.map((t) =>
    Array.from({ length: RECORDS / BATCH }, (_, b) =>
      Array.from({ length: BATCH }, (_, i) => ({
        seq: 2 + b * BATCH + i,
        entity: 'encounter',
        op: 'upsert',
        record: encounter(t, agentId, i),
      })),
    ),
  );
  const pids = await backends(databaseUrl);
  const dbCpu = () => pids.reduce((sum, pid) => sum + cpuMs(pid), 0);
  const cpuBefore = serverPid ? cpuMs(serverPid) : 0;
  const dbBefore = dbCpu();
  const tabletsBefore = process.cpuUsage();
  const started = performance.now();
  await Promise.all(
    tablets.map(async (t, i) => {
      for (const batch of batches[i]!) await push(url, t, batch);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const tabletsCpu = process.cpuUsage(tabletsBefore);
  const per1000 = (ms: number) => Math.round((ms * 1000) / (TABLETS * RECORDS));
  return {
    recordsPerS: Math.round((TABLETS * RECORDS) / seconds),
    ...(serverPid ? { serverCpuMsPer1000: per1000(cpuMs(serverPid) - cpuBefore) } : {}),
    ...(pids.length ? { dbCpuMsPer1000: per1000(dbCpu() - dbBefore) } : {}),
    tabletsCpuMsPer1000: per1000((tabletsCpu.user + tabletsCpu.system) / 1000),
    load: loadavg()[0]!,
  };
}

export async function postgresDatabase(): Promise<{ url: string; drop(): Promise<void> } | undefined> {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return undefined;
  }
  const name = `borne_bench_${Math.random().toString(36).slice(2, 10)}`;
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

export const ingest: MetricModule = async (ctx) => {
  const metrics: Metric[] = [];
  const note = `${TABLETS} tablets × ${RECORDS} encounters, batches of ${BATCH}, concurrent over loopback HTTP`;
  const sqlite = await ctx.startServer();
  try {
    const r = await measureIngest(sqlite.url, sqlite.dataDir, undefined, DEMO, sqlite.pid);
    metrics.push({
      name: 'ingest_20_tablets_records_per_s',
      value: r.recordsPerS,
      unit: 'records/s',
      note: `SQLite; ${note}; ${describeIngest(r)}`,
    });
  } finally {
    await sqlite.stop();
  }
  const pgDb = await postgresDatabase();
  if (pgDb) {
    const server = await ctx.startServer({ databaseUrl: pgDb.url });
    try {
      const r = await measureIngest(server.url, server.dataDir, pgDb.url, DEMO, server.pid);
      metrics.push({
        name: 'ingest_20_tablets_pg_records_per_s',
        value: r.recordsPerS,
        unit: 'records/s',
        note: `PostgreSQL; ${note}; ${describeIngest(r)}`,
      });
    } finally {
      await server.stop();
      await pgDb.drop();
    }
  }
  return metrics;
};
