// Fault tests of issue 5 for push, in-process and over real loopback HTTP: a batch pushed twice,
// a gap, an answer or a request cut on the wire, a tablet clock off. Nothing is stored twice,
// half-stored or lost. The refusals of bad input are in push-refusals.test.ts.
import { describe, expect, it } from 'vitest';
import type { PushResponse } from '../../../src/shared/protocol';
import { DB_KINDS } from '../../test-support/databases';
import { expectError, rawPost } from '../../test-support/push-faults';
import { pushSuite } from '../../test-support/push-suite';
import { listen, pushRequest, upserts } from '../../test-support/sync';

describe.each(DB_KINDS)('push faults on %s', (kind) => {
  const suite = pushSuite(kind);
  const { fetcher, db, snapshot } = suite;

  it('the same batch pushed twice: the second answer is all duplicate and adds no row', async () => {
    const batch = upserts([suite.encounter(), suite.encounter()], 1);
    await pushRequest(fetcher, suite.tablet, batch);
    const before = await snapshot();
    const again = (await (await pushRequest(fetcher, suite.tablet, batch)).json()) as PushResponse;
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
      Array.from({ length: 200 }, () => suite.encounter()),
      1,
    );
    const live = await listen(suite.server.app);
    try {
      const http = (path: string, init?: RequestInit) => fetch(new URL(path, live.url), init);
      const answers = await Promise.all([
        pushRequest(http, suite.tablet, batch),
        pushRequest(http, suite.tablet, batch),
      ]);
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
    await pushRequest(fetcher, suite.tablet, upserts([suite.encounter()], 1));
    const before = await snapshot();
    const later = upserts([suite.encounter(), suite.encounter()], 3);
    const message = await expectError(await pushRequest(fetcher, suite.tablet, later), 409, 'sequence_gap');
    expect(message).toMatch(/n° 2(?!\d)/);
    const holed = [...upserts([suite.encounter()], 2), ...upserts([suite.encounter()], 4)];
    await expectError(await pushRequest(fetcher, suite.tablet, holed), 409, 'sequence_gap');
    expect(await snapshot()).toEqual(before);
    // Once the missing one is sent, the whole run goes in.
    const fixed = upserts([suite.encounter(), ...later.map((m) => m.record)], 2);
    expect(((await (await pushRequest(fetcher, suite.tablet, fixed)).json()) as PushResponse).lastSeq).toBe(
      4,
    );
  });

  it('a response lost after the commit: the retry is all duplicate and no record is doubled', async () => {
    const batch = upserts(
      Array.from({ length: 50 }, () => suite.encounter()),
      1,
    );
    await pushRequest(fetcher, suite.tablet, batch); // the answer is thrown away
    const retry = (await (await pushRequest(fetcher, suite.tablet, batch)).json()) as PushResponse;
    expect(retry.lastSeq).toBe(50);
    expect(retry.results.every((r) => r.status === 'duplicate')).toBe(true);
    const after = await snapshot();
    expect(after.ids).toEqual(batch.map((m) => m.record.id as string).sort());
  });

  it('a connection cut on the wire once the server answers: the retry is all duplicate', async () => {
    const live = await listen(suite.server.app);
    try {
      const batch = upserts(
        Array.from({ length: 100 }, () => suite.encounter()),
        1,
      );
      const body = JSON.stringify({ protocol: 1, deviceId: suite.tablet.deviceId, mutations: batch });
      await rawPost(live.url, suite.tablet, body, 'response');
      expect((await snapshot()).lastSeq).toBe(100);
      const retry = (await (await pushRequest(fetcher, suite.tablet, batch)).json()) as PushResponse;
      expect(retry.results.every((r) => r.status === 'duplicate')).toBe(true);
      expect((await snapshot()).ids).toEqual(batch.map((m) => m.record.id as string).sort());
    } finally {
      await live.close();
    }
  });

  it('a connection cut while the request is sent: nothing is applied, the retry stores each record once', async () => {
    const live = await listen(suite.server.app);
    try {
      const batch = upserts(
        Array.from({ length: 100 }, () => suite.encounter()),
        1,
      );
      const body = JSON.stringify({ protocol: 1, deviceId: suite.tablet.deviceId, mutations: batch });
      await rawPost(live.url, suite.tablet, body, 'half-body');
      expect(await snapshot()).toMatchObject({ ids: [], lastSeq: 0 });
      const retry = (await (await pushRequest(fetcher, suite.tablet, batch)).json()) as PushResponse;
      expect(retry.results.every((r) => r.status === 'applied')).toBe(true);
      expect((await snapshot()).ids).toEqual(batch.map((m) => m.record.id as string).sort());
    } finally {
      await live.close();
    }
  });

  it('a tablet clock two days ahead is clamped to receivedAt, two days behind is kept', async () => {
    const now = suite.server.deps.now();
    const ahead = new Date(now.getTime() + 2 * 86_400_000).toISOString();
    const behind = new Date(now.getTime() - 2 * 86_400_000).toISOString();
    const a = suite.encounter({ createdAt: ahead });
    const b = suite.encounter({ createdAt: behind });
    await pushRequest(fetcher, suite.tablet, upserts([a, b], 1));
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
