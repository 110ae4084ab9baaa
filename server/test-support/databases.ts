// The server suite runs on SQLite and on PostgreSQL (DESIGN.md: "the same server test suite passes
// on SQLite and on PostgreSQL"); locally without PostgreSQL on SQLite only, never so in CI.
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
import { PG_ADMIN_URL, postgresAnswers, postgresRequiredButMissing, sqliteOnlyAsked } from './postgres-probe';

export { PG_ADMIN_URL };

const pgAvailable = await postgresAnswers();
// Also checked once for the whole run by database-guard.ts (Vitest's global setup); here too, so a
// test file run on its own cannot skip PostgreSQL in CI either.
const missing = postgresRequiredButMissing(pgAvailable);
if (missing) throw new Error(missing);

/** The databases this run covers; the suite names each in its describe() title. */
export const DB_KINDS: DbKind[] = pgAvailable && !sqliteOnlyAsked() ? ['sqlite', 'postgres'] : ['sqlite'];

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

/** Where a restore test writes the night's backup: a SQLite copy, or a pg_dump archive. */
export function nightBackupFile(server: TestServer): string {
  return join(server.dataDir, server.databaseUrl ? 'nuit.dump' : 'nuit.db');
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
