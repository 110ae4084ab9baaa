// 20 tablets pushing 1,000 records each at the same time over real HTTP: every record exactly once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../../src/shared/protocol';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import {
  encounter,
  enrolTablet,
  listen,
  pushRequest,
  seedWorld,
  type Tablet,
  upserts,
  type World,
} from '../../test-support/sync';

const TABLETS = 20;
const RECORDS = 1000;
const BATCH = 250;

describe.each(DB_KINDS)('20 tablets pushing at once on %s', (kind) => {
  let server: TestServer;
  let world: World;
  let live: Awaited<ReturnType<typeof listen>>;

  beforeAll(async () => {
    server = await createTestServer(kind);
    world = await seedWorld(server.deps);
    live = await listen(server.app);
  });
  afterAll(async () => {
    await live.close();
    await server.close();
  });

  it('stores every record of every tablet exactly once', { timeout: 120_000 }, async () => {
    const http = (path: string, init?: RequestInit) => fetch(new URL(path, live.url), init);
    const tablets: Tablet[] = [];
    for (let i = 0; i < TABLETS; i++)
      tablets.push(await enrolTablet(server.deps, http, world.centreA, `Tablette ${i}`));
    const expected = new Set<string>();

    await Promise.all(
      tablets.map(async (tablet) => {
        const records = Array.from({ length: RECORDS }, () => encounter(tablet, world.agentA));
        for (const r of records) expected.add(r.id);
        for (let first = 0; first < RECORDS; first += BATCH) {
          const res = await pushRequest(
            http,
            tablet,
            upserts(records.slice(first, first + BATCH), first + 1),
          );
          expect(res.status).toBe(200);
          const body = (await res.json()) as PushResponse;
          expect(body.lastSeq).toBe(first + BATCH);
          expect(body.results.every((r) => r.status === 'applied')).toBe(true);
        }
      }),
    );

    const db = server.deps.database.db;
    const rows = await db.selectFrom('records').select(['id', 'device_id']).execute();
    expect(rows).toHaveLength(TABLETS * RECORDS);
    expect(new Set(rows.map((r) => r.id))).toEqual(expected);
    const perDevice = await db
      .selectFrom('devices')
      .select(['id', 'last_seq'])
      .where('name', 'like', 'Tablette %')
      .execute();
    expect(perDevice.map((d) => d.last_seq)).toEqual(Array(TABLETS).fill(RECORDS));
    for (const tablet of tablets) {
      expect(rows.filter((r) => r.device_id === tablet.deviceId)).toHaveLength(RECORDS);
    }
    const quarantined = await db.selectFrom('quarantine').select('id').execute();
    expect(quarantined).toHaveLength(0);
  });
});
