// Issue 9, "Smaller contract points" and "What is acknowledged survives a power cut": an upsert of
// a deleted record leaves it deleted (a deletion is final), HSTS is sent behind TLS
// (BORNE_SECURE_COOKIES=1), and the SQLite connection that commits a push syncs it to disk
// (synchronous=FULL) before the answer; PostgreSQL's commit is durable by default (synchronous_commit).
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../../src/shared/protocol';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import {
  encounter,
  enrolTablet,
  pushRequest,
  seedWorld,
  type Tablet,
  type World,
} from '../../test-support/sync';

describe.each(DB_KINDS)('sync contract points on %s', (kind) => {
  let server: TestServer;
  let world: World;
  let tablet: Tablet;
  const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);

  beforeAll(async () => {
    server = await createTestServer(kind);
    world = await seedWorld(server.deps);
    tablet = await enrolTablet(server.deps, fetcher, world.centreA);
  });
  afterAll(() => server.close());

  it('an upsert of a deleted record answers applied and the record stays deleted', async () => {
    const record = encounter(tablet, world.agentA);
    const answer = (await (
      await pushRequest(fetcher, tablet, [
        { seq: 1, entity: 'encounter', op: 'upsert', record },
        { seq: 2, entity: 'encounter', op: 'delete', record: { id: record.id, rev: 2 } },
        { seq: 3, entity: 'encounter', op: 'upsert', record: { ...record, rev: 3, durationMin: 90 } },
      ])
    ).json()) as PushResponse;
    expect(answer.results.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const row = await server.deps.database.db
      .selectFrom('records')
      .selectAll()
      .where('id', '=', record.id)
      .executeTakeFirstOrThrow();
    expect(row.deleted).toBe(1);
    expect(row.rev).toBe(2);
    expect(JSON.parse(row.data).durationMin).toBe(15);
  });

  it('HSTS is sent when BORNE_SECURE_COOKIES=1, not otherwise', async () => {
    expect((await fetcher('/api/v1/health')).headers.get('strict-transport-security')).toBeNull();
    server.deps.config.secureCookies = true;
    try {
      const hsts = (await fetcher('/api/v1/health')).headers.get('strict-transport-security');
      expect(hsts).toMatch(/^max-age=(\d+)/);
      expect(Number(/max-age=(\d+)/.exec(hsts!)![1])).toBeGreaterThanOrEqual(15_552_000);
    } finally {
      server.deps.config.secureCookies = false;
    }
  });

  it('a push is durable on disk before it is acknowledged', async () => {
    const db = server.deps.database.db;
    if (kind === 'sqlite') {
      const { rows } = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(db);
      expect(rows[0]!.synchronous).toBe(2); // FULL: the WAL is synced at every commit
    } else {
      const { rows } = await sql<{
        synchronous_commit: string;
        fsync: string;
      }>`SELECT current_setting('synchronous_commit') AS synchronous_commit, current_setting('fsync') AS fsync`.execute(
        db,
      );
      expect(rows[0]!.synchronous_commit).not.toBe('off');
    }
  });
});
