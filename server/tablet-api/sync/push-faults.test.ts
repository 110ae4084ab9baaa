// Fault tests of issue 5 for push, in-process and over real loopback HTTP: a batch pushed twice,
// a gap, an answer or a request cut on the wire, a tablet clock off. Nothing is stored twice,
// half-stored or lost. The refusals of bad input are in push-refusals.test.ts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../../src/shared/protocol';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { deviceSnapshot, expectError, rawPost } from '../../test-support/push-faults';
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

describe.each(DB_KINDS)('push faults on %s', (kind) => {
  let server: TestServer;
  let world: World;
  let tablet: Tablet;
  const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);
  const db = () => server.deps.database.db;

  const snapshot = (t = tablet) => deviceSnapshot(server, t);

  beforeAll(async () => {
    server = await createTestServer(kind);
    world = await seedWorld(server.deps);
  });
  beforeEach(async () => {
    tablet = await enrolTablet(server.deps, fetcher, world.centreA);
  });
  afterAll(() => server.close());

  it('the same batch pushed twice: the second answer is all duplicate and adds no row', async () => {
    const batch = upserts([encounter(tablet, world.agentA), encounter(tablet, world.agentA)], 1);
    await pushRequest(fetcher, tablet, batch);
    const before = await snapshot();
    const again = (await (await pushRequest(fetcher, tablet, batch)).json()) as PushResponse;
    expect(again).toEqual({
      lastSeq: 2,
      epoch: expect.any(String),
      results: [
        { seq: 1, status: 'duplicate' },
        { seq: 2, status: 'duplicate' },
      ],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('the same batch pushed twice at the same moment: one applies it, the other is all duplicate', async () => {
    const batch = upserts(
      Array.from({ length: 200 }, () => encounter(tablet, world.agentA)),
      1,
    );
    const live = await listen(server.app);
    try {
      const http = (path: string, init?: RequestInit) => fetch(new URL(path, live.url), init);
      const answers = await Promise.all([pushRequest(http, tablet, batch), pushRequest(http, tablet, batch)]);
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      const bodies = (await Promise.all(answers.map((a) => a.json()))) as PushResponse[];
      const kinds = bodies.map((b) => [...new Set(b.results.map((r) => r.status))].join()).sort();
      expect(kinds).toEqual(['applied', 'duplicate']);
      expect((await snapshot()).ids).toEqual(batch.map((m) => m.record.id as string).sort());
    } finally {
      await live.close();
    }
  });

  it('a sequence gap answers 409 sequence_gap and stores nothing of the request', async () => {
    await pushRequest(fetcher, tablet, upserts([encounter(tablet, world.agentA)], 1));
    const before = await snapshot();
    const later = upserts([encounter(tablet, world.agentA), encounter(tablet, world.agentA)], 3);
    const message = await expectError(await pushRequest(fetcher, tablet, later), 409, 'sequence_gap');
    expect(message).toMatch(/n° 2(?!\d)/);
    const holed = [
      ...upserts([encounter(tablet, world.agentA)], 2),
      ...upserts([encounter(tablet, world.agentA)], 4),
    ];
    await expectError(await pushRequest(fetcher, tablet, holed), 409, 'sequence_gap');
    expect(await snapshot()).toEqual(before);
    // Once the missing one is sent, the whole run goes in.
    const fixed = upserts([encounter(tablet, world.agentA), ...later.map((m) => m.record)], 2);
    expect(((await (await pushRequest(fetcher, tablet, fixed)).json()) as PushResponse).lastSeq).toBe(4);
  });

  it('a response lost after the commit: the retry is all duplicate and no record is doubled', async () => {
    const batch = upserts(
      Array.from({ length: 50 }, () => encounter(tablet, world.agentA)),
      1,
    );
    await pushRequest(fetcher, tablet, batch); // the answer is thrown away
    const retry = (await (await pushRequest(fetcher, tablet, batch)).json()) as PushResponse;
    expect(retry.lastSeq).toBe(50);
    expect(retry.results.every((r) => r.status === 'duplicate')).toBe(true);
    const after = await snapshot();
    expect(after.ids).toEqual(batch.map((m) => m.record.id as string).sort());
  });

  it('a connection cut on the wire once the server answers: the retry is all duplicate', async () => {
    const live = await listen(server.app);
    try {
      const batch = upserts(
        Array.from({ length: 100 }, () => encounter(tablet, world.agentA)),
        1,
      );
      const body = JSON.stringify({ protocol: 1, deviceId: tablet.deviceId, mutations: batch });
      await rawPost(live.url, tablet, body, 'response');
      expect((await snapshot()).lastSeq).toBe(100);
      const retry = (await (await pushRequest(fetcher, tablet, batch)).json()) as PushResponse;
      expect(retry.results.every((r) => r.status === 'duplicate')).toBe(true);
      expect((await snapshot()).ids).toEqual(batch.map((m) => m.record.id as string).sort());
    } finally {
      await live.close();
    }
  });

  it('a connection cut while the request is sent: nothing is applied, the retry stores each record once', async () => {
    const live = await listen(server.app);
    try {
      const batch = upserts(
        Array.from({ length: 100 }, () => encounter(tablet, world.agentA)),
        1,
      );
      const body = JSON.stringify({ protocol: 1, deviceId: tablet.deviceId, mutations: batch });
      await rawPost(live.url, tablet, body, 'half-body');
      expect(await snapshot()).toMatchObject({ ids: [], lastSeq: 0 });
      const retry = (await (await pushRequest(fetcher, tablet, batch)).json()) as PushResponse;
      expect(retry.results.every((r) => r.status === 'applied')).toBe(true);
      expect((await snapshot()).ids).toEqual(batch.map((m) => m.record.id as string).sort());
    } finally {
      await live.close();
    }
  });

  it('a tablet clock two days ahead is clamped to receivedAt, two days behind is kept', async () => {
    const now = server.deps.now();
    const ahead = new Date(now.getTime() + 2 * 86_400_000).toISOString();
    const behind = new Date(now.getTime() - 2 * 86_400_000).toISOString();
    const a = encounter(tablet, world.agentA, { createdAt: ahead });
    const b = encounter(tablet, world.agentA, { createdAt: behind });
    await pushRequest(fetcher, tablet, upserts([a, b], 1));
    const rows = await db().selectFrom('records').selectAll().where('id', 'in', [a.id, b.id]).execute();
    const rowA = rows.find((r) => r.id === a.id)!;
    const rowB = rows.find((r) => r.id === b.id)!;
    expect(rowA.created_at).toBe(now.toISOString());
    expect(rowA.received_at).toBe(now.toISOString());
    expect(JSON.parse(rowA.data)).toMatchObject({ createdAt: now.toISOString(), clientCreatedAt: ahead });
    expect(rowB.created_at).toBe(behind);
    expect(JSON.parse(rowB.data).createdAt).toBe(behind);
    expect(JSON.parse(rowB.data).clientCreatedAt).toBeUndefined();
  });
});
