// What the push does with each kind of answer, and what it tells the status screen while it goes:
// an answer it cannot read or a lastSeq that does not move stops it with the outbox whole; a
// mutation too big for any request is named instead of sent; the progress counts what the caller
// counted, what is acknowledged, and never says done before the end.
import { afterEach, describe, expect, it } from 'vitest';
import type { PushResponse } from '../shared/protocol';
import { acknowledge, pushAll } from './push';
import { getState, MAX_REJECTED_KEPT, setState } from './state';
import { DEVICE_ID, FakeServer, TOKEN } from './test-support/fake-server';
import { deleteTestDbs, freshDb, queueRecords } from './test-support/local';

afterEach(deleteTestDbs);

const now = () => new Date('2026-11-14T12:00:00.000Z');
type Db = ReturnType<typeof freshDb>;

function deps(db: Db, server: FakeServer) {
  return { db, fetch: server.fetch, token: TOKEN, deviceId: DEVICE_ID, now };
}

/** Every push request goes through, with the progress the status screen shows at that moment. */
function watchProgress(db: Db, server: FakeServer) {
  const seen: unknown[] = [];
  const fetch = async (input: string, init?: RequestInit) => {
    if (input.includes('/sync/push')) seen.push(await getState(db, 'progress'));
    return server.fetch(input, init);
  };
  return { seen, fetch };
}

async function bodyOf(db: Db) {
  const mutations = (await db.outbox.toArray()).map((e) => ({
    seq: e.seq!,
    entity: e.entity,
    op: e.op,
    record: e.record,
  }));
  return { protocol: 1, deviceId: DEVICE_ID, mutations };
}

describe('push answers', () => {
  it('an answer it cannot read deletes nothing and says the server is at fault', async () => {
    const db = freshDb();
    await queueRecords(db, 2);
    const fetch = async () => new Response(JSON.stringify({ ok: true }), { status: 200 });
    await expect(pushAll({ ...deps(db, new FakeServer()), fetch })).rejects.toMatchObject({
      kind: 'server',
      message: 'server: réponse de push illisible',
    });
    expect(await db.outbox.count()).toBe(2);
  });

  it('a lastSeq that does not move stops the push instead of sending the same batch for ever', async () => {
    const db = freshDb();
    await queueRecords(db, 3);
    let pushes = 0;
    const fetch = async () => {
      pushes++;
      return new Response(JSON.stringify({ lastSeq: 0, results: [] }), { status: 200 });
    };
    await expect(pushAll({ ...deps(db, new FakeServer()), fetch })).rejects.toMatchObject({
      kind: 'server',
      message: 'server: lastSeq 0 n’avance pas',
    });
    expect(pushes).toBe(1);
    expect(await db.outbox.count()).toBe(3);
  });

  it('names a mutation too big for any request, sends nothing, and keeps it', async () => {
    const db = freshDb();
    const server = new FakeServer();
    await queueRecords(db, 1, 'encounter', () => ({ note: 'x'.repeat(5000) }));
    const limits = { maxMutations: 500, maxBytes: 1000 };
    await expect(pushAll({ ...deps(db, server), limits })).rejects.toMatchObject({
      kind: 'too_large',
      message: 'too_large: seq 1',
    });
    expect(server.pushBodies).toEqual([]);
    expect(await db.outbox.count()).toBe(1);
  });

  it('counts what it sent and what the server kept, when the server keeps less than was sent', async () => {
    const db = freshDb();
    const server = new FakeServer();
    await queueRecords(db, 8);
    let first = true;
    const partial = async (input: string, init?: RequestInit) => {
      const res = await server.fetch(input, init);
      if (!first) return res;
      first = false;
      const body = (await res.json()) as { lastSeq: number; results: unknown[] };
      server.lastSeq = 3;
      return new Response(JSON.stringify({ ...body, lastSeq: 3 }), { status: 200 });
    };
    const limits = { maxMutations: 5, maxBytes: 2 ** 21 };
    const summary = await pushAll({ ...deps(db, server), fetch: partial, limits });
    expect(summary).toEqual({ sent: 10, acknowledged: 8, rejected: 0, batches: 2 });
    expect(await getState(db, 'rejected')).toBeUndefined(); // nothing refused: no list written
  });
});

describe('the push’s progress on the status screen', () => {
  it('counts the outbox when the caller did not, and grows with each acknowledgement', async () => {
    const db = freshDb();
    const server = new FakeServer();
    await queueRecords(db, 8);
    const watched = watchProgress(db, server);
    const limits = { maxMutations: 5, maxBytes: 2 ** 21 };
    await pushAll({ ...deps(db, server), fetch: watched.fetch, limits, trackProgress: true });
    expect(watched.seen).toEqual([undefined, { phase: 'push', done: 5, total: 8 }]);
    expect(await getState(db, 'progress')).toEqual({ phase: 'push', done: 8, total: 8 });
  });

  it('takes the count the caller gives, and raises it when more was read than counted', async () => {
    const db = freshDb();
    const server = new FakeServer();
    await queueRecords(db, 8);
    const watched = watchProgress(db, server);
    const limits = { maxMutations: 5, maxBytes: 2 ** 21 };
    await pushAll({ ...deps(db, server), fetch: watched.fetch, limits, trackProgress: true, total: 20 });
    expect(watched.seen).toEqual([undefined, { phase: 'push', done: 5, total: 20 }]);
    expect(await getState(db, 'progress')).toEqual({ phase: 'push', done: 8, total: 20 });

    const again = freshDb();
    await queueRecords(again, 8);
    let first = true;
    const partial = async (input: string, init?: RequestInit) => {
      const res = await server.fetch(input, init);
      if (!first) return res;
      first = false;
      server.lastSeq = 3; // the server kept 3 of the 5 sent
      return new Response(JSON.stringify({ lastSeq: 3, results: [] }), { status: 200 });
    };
    server.lastSeq = 0;
    const seen: unknown[] = [];
    const fetch = async (input: string, init?: RequestInit) => {
      seen.push(await getState(again, 'progress'));
      return partial(input, init);
    };
    await pushAll({ ...deps(again, server), fetch, limits, trackProgress: true, total: 1 });
    expect(seen).toEqual([undefined, { phase: 'push', done: 3, total: 5 }]);
  });
});

describe('acknowledge', () => {
  it('an answer to no mutation acknowledges nothing', async () => {
    const db = freshDb();
    await queueRecords(db, 2);
    const empty = { protocol: 1, deviceId: DEVICE_ID, mutations: [] };
    expect(await acknowledge(db, empty, { lastSeq: 2, results: [] }, now())).toEqual({
      count: 0,
      rejected: 0,
      upTo: 0,
    });
    expect(await db.outbox.count()).toBe(2);
  });

  it('forgets the sealed payload only of the contacts up to lastSeq; the others keep theirs to be sent', async () => {
    const db = freshDb();
    const sealed = { alg: 'ECDH-P256+HKDF-SHA256+A256GCM', epk: {}, iv: 'iv', ct: 'secret' };
    const ids = await queueRecords(db, 3, 'contact', () => ({ sealed }));
    const acked = await acknowledge(db, await bodyOf(db), { lastSeq: 1, results: [] }, now());
    expect(acked).toEqual({ count: 1, rejected: 0, upTo: 1 });
    const contacts = await db.contacts.bulkGet(ids);
    expect(contacts.map((c) => c?.sealed)).toEqual([undefined, sealed, sealed]);
  });

  it('keeps the newest refused mutations only, up to the list’s cap', async () => {
    const db = freshDb();
    const old = Array.from({ length: MAX_REJECTED_KEPT }, (_, i) => ({
      seq: -i,
      entity: 'encounter' as const,
      recordId: `old-${i}`,
      reason: 'Refusé',
      at: '2026-11-01T00:00:00.000Z',
    }));
    await setState(db, 'rejected', old);
    const ids = await queueRecords(db, 3);
    const answer: PushResponse = {
      lastSeq: 3,
      results: [1, 2, 3].map((seq) => ({ seq, status: 'rejected' as const, error: `non ${seq}` })),
    };
    expect((await acknowledge(db, await bodyOf(db), answer, now())).rejected).toBe(3);
    const kept = (await getState(db, 'rejected'))!;
    expect(kept).toHaveLength(MAX_REJECTED_KEPT);
    expect(kept.slice(-3).map((r) => [r.recordId, r.reason])).toEqual(
      ids.map((id, i) => [id, `non ${i + 1}`]),
    );
    expect(kept[0]!.recordId).toBe('old-3');
  });
});
