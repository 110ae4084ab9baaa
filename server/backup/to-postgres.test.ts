// Issue 15, « a SQLite centre moves to PostgreSQL with identical figures »: the hand-counted month
// on SQLite, copied by migrate-to-postgres, gives the same figures and reports on PostgreSQL, the
// same rows in every table, and a server that goes on writing (its id counters moved past the
// copied ids). A second copy into the same database is refused and changes nothing.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import type { Deps } from '../app-env';
import { connect, type Database_ } from '../db/connect';
import { makeSecrets } from '../secrets';
import { signIn } from '../test-support/dashboard';
import { createTestDatabase, createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import { seedHandCountMonth } from '../test-support/figures-month';
import { seedCentres } from '../test-support/world';
import { MoveRefused, type MoveResult, moveSqliteToPostgres } from './to-postgres';

const PAGES = [
  '/figures?from=2026-11-01&to=2026-11-30',
  '/reports/caf?from=2026-11-01&to=2026-11-30',
  '/reports/eu?from=2026-11-01&to=2026-11-30',
  '/encounters?from=2026-11-01&to=2026-11-30',
];

describe.runIf(DB_KINDS.includes('postgres'))('migrate-to-postgres', () => {
  let sqlite: TestServer;
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  let pgDatabase: Database_;
  let onPostgres: TestServer;
  let moved: MoveResult;
  const before = new Map<string, unknown>();

  beforeAll(async () => {
    sqlite = await createTestServer('sqlite');
    await seedCentres(sqlite);
    await seedHandCountMonth(sqlite);
    const coord = await signIn(sqlite, 'coord-a'); // an audit entry: a serial id to carry over
    for (const page of PAGES) {
      const res = await coord.get(page);
      expect([page, res.status]).toEqual([page, 200]);
      before.set(page, await res.json());
    }
    await sqlite.deps.database.close();
    target = await createTestDatabase('postgres');
    moved = await moveSqliteToPostgres({ dataDir: sqlite.dataDir, targetUrl: target.databaseUrl! });
    pgDatabase = connect({ databaseUrl: target.databaseUrl, dataDir: target.dataDir });
    const deps: Deps = {
      database: pgDatabase,
      config: { ...sqlite.deps.config, databaseUrl: target.databaseUrl },
      secrets: makeSecrets(Buffer.from('test-secret')),
      now: sqlite.deps.now,
    };
    onPostgres = { ...sqlite, deps, app: createApp(deps), databaseUrl: target.databaseUrl };
  }, 120_000);

  afterAll(async () => {
    await pgDatabase?.close();
    await target?.drop();
    rmSync(sqlite.dataDir, { recursive: true, force: true });
  });

  it('copies every table, with the same count on both sides', async () => {
    const records = moved.tables.find((t) => t.table === 'records');
    expect(records?.rows).toBeGreaterThan(10);
    expect(moved.tables.map((t) => t.table)).toEqual(
      expect.arrayContaining(['encounter_facts', 'audit_log']),
    );
    for (const { table, rows } of moved.tables) {
      const row = await pgDatabase.db
        // biome-ignore lint/suspicious/noExplicitAny: every table, by name.
        .selectFrom(table as any)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect([table, Number(row.n)]).toEqual([table, rows]);
    }
  });

  it('gives the same figures, reports and records list on PostgreSQL', async () => {
    const coord = await signIn(onPostgres, 'coord-a'); // writes an audit entry after the copied ones
    for (const page of PAGES) {
      const res = await coord.get(page);
      expect([page, res.status]).toEqual([page, 200]);
      expect(await res.json()).toEqual(before.get(page));
    }
  });

  it('refuses a second copy into a database that is no longer empty', async () => {
    await expect(
      moveSqliteToPostgres({ dataDir: sqlite.dataDir, targetUrl: target.databaseUrl! }),
    ).rejects.toThrow(MoveRefused);
  });
});
