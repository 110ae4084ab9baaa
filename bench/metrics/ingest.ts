// Server ingest: 20 tablets pushing 1,000 encounters each at the same time over HTTP, in batches of
// 500, against a real server (the CLI's `serve`), on SQLite and — when it answers — on PostgreSQL.
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

/** Records per second for 20 tablets × 1,000 encounters, from the first push to the last ack. */
export async function measureIngest(
  url: string,
  dataDir: string,
  databaseUrl: string | undefined,
  target: IngestTarget = DEMO,
): Promise<number> {
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
  const started = performance.now();
  await Promise.all(
    tablets.map(async (t, i) => {
      for (const batch of batches[i]!) await push(url, t, batch);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return Math.round((TABLETS * RECORDS) / seconds);
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
    const value = await measureIngest(sqlite.url, sqlite.dataDir, undefined);
    metrics.push({
      name: 'ingest_20_tablets_records_per_s',
      value,
      unit: 'records/s',
      note: `SQLite; ${note}`,
    });
  } finally {
    await sqlite.stop();
  }
  const pgDb = await postgresDatabase();
  if (pgDb) {
    const server = await ctx.startServer({ databaseUrl: pgDb.url });
    try {
      const value = await measureIngest(server.url, server.dataDir, pgDb.url);
      metrics.push({
        name: 'ingest_20_tablets_pg_records_per_s',
        value,
        unit: 'records/s',
        note: `PostgreSQL; ${note}`,
      });
    } finally {
      await server.stop();
      await pgDb.drop();
    }
  }
  return metrics;
};
