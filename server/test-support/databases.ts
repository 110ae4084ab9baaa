// The server suite runs on SQLite and, when PostgreSQL answers, on PostgreSQL too
// (DESIGN.md: "the same server test suite passes on SQLite and on PostgreSQL").
// Each test gets a fresh database: a temp SQLite file, or CREATE DATABASE borne_test_<random>.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createApp } from '../app';
import type { Deps } from '../app-env';
import { loadConfig } from '../config';
import { connect, type DbKind } from '../db/connect';
import { migrateToLatest } from '../db/migrate';
import { makeSecrets } from '../secrets';

export const PG_ADMIN_URL = process.env.DATABASE_URL_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const pgAvailable = await postgresAnswers();
if (process.env.CI && !pgAvailable) {
  throw new Error(
    `PostgreSQL does not answer at ${PG_ADMIN_URL}: CI must run the server suite on both databases.`,
  );
}

/** The databases this run covers; the suite names each in its describe() title. */
export const DB_KINDS: DbKind[] = pgAvailable ? ['sqlite', 'postgres'] : ['sqlite'];
console.info(`[server suite] databases: ${DB_KINDS.join(', ')}`);

export interface TestServer {
  deps: Deps;
  app: ReturnType<typeof createApp>;
  /** Moves the server clock. */
  setNow(date: Date): void;
  close(): Promise<void>;
  /** For tests that restart a server on the same data. */
  databaseUrl: string | undefined;
  dataDir: string;
}

function pgUrlFor(name: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function createTestDatabase(
  kind: DbKind,
): Promise<{ databaseUrl: string | undefined; dataDir: string; drop(): Promise<void> }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'borne-test-'));
  if (kind === 'sqlite') {
    return {
      databaseUrl: undefined,
      dataDir,
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `borne_test_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    databaseUrl: pgUrlFor(name),
    dataDir,
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      // The pool's clients may still be closing their sockets: FORCE would then kill them and their
      // "terminating connection" error surfaces as an unhandled error of the run. Wait for them first.
      for (let i = 0; i < 40; i++) {
        const { rows } = await c.query('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [
          name,
        ]);
        if (rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A migrated database of `kind` and an app on it, with a movable clock. */
export async function createTestServer(kind: DbKind): Promise<TestServer> {
  const target = await createTestDatabase(kind);
  const config = {
    ...loadConfig({}),
    databaseUrl: target.databaseUrl,
    dataDir: target.dataDir,
    distDir: join(target.dataDir, 'dist'),
  };
  const database = connect(config);
  await migrateToLatest(database);
  let now = new Date('2026-11-02T10:00:00.000Z');
  const deps: Deps = { database, config, secrets: makeSecrets(Buffer.from('test-secret')), now: () => now };
  return {
    deps,
    app: createApp(deps),
    setNow(date) {
      now = date;
    },
    databaseUrl: target.databaseUrl,
    dataDir: target.dataDir,
    async close() {
      await database.close();
      await target.drop();
    },
  };
}
