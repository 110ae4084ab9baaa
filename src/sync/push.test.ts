import { afterEach, describe, expect, it } from 'vitest';
import { watchWrites } from '../db/test-support/fail-writes';
import type { PushResponse } from '../shared/protocol';
import { acknowledge, pushAll } from './push';
import { getState } from './state';
import { DEVICE_ID, FakeServer, TOKEN } from './test-support/fake-server';
import { deleteTestDbs, freshDb, queueInOneTransaction, queueRecords } from './test-support/local';

afterEach(deleteTestDbs);

const now = () => new Date('2026-11-14T12:00:00.000Z');

function deps(db: ReturnType<typeof freshDb>, server: FakeServer) {
  return { db, fetch: server.fetch, token: TOKEN, deviceId: DEVICE_ID, now };
}

describe('push', () => {
  it('sends the outbox in seq order, in batches of at most 500, and empties it', async () => {
    const db = freshDb();
    const server = new FakeServer();
    await queueInOneTransaction(db, 1200);
    const summary = await pushAll(deps(db, server));
    expect(server.pushBodies.map((b) => b.mutations.length)).toEqual([500, 500, 200]);
    const seqs = server.pushBodies.flatMap((b) => b.mutations.map((m) => m.seq));
    expect(seqs).toEqual(Array.from({ length: 1200 }, (_, i) => i + 1));
    expect(summary).toMatchObject({ acknowledged: 1200, batches: 3 });
    expect(await db.outbox.count()).toBe(0);
  });

  it('deletes outbox entries only up to the lastSeq the server returns', async () => {
    const db = freshDb();
    await queueRecords(db, 5);
    const sent = (await db.outbox.toArray()).map((e) => ({
      seq: e.seq!,
      entity: e.entity,
      op: e.op,
      record: e.record,
    }));
    const body = { protocol: 1, deviceId: DEVICE_ID, mutations: sent };
    await acknowledge(db, body, { lastSeq: 3, results: [] }, now());
    expect((await db.outbox.toArray()).map((e) => e.seq)).toEqual([4, 5]);
  });

  it('never deletes a change it did not send, even when lastSeq is beyond it', async () => {
    const db = freshDb();
    await queueRecords(db, 5);
    const first = (await db.outbox.limit(2).toArray()).map((e) => ({
      seq: e.seq!,
      entity: e.entity,
      op: e.op,
      record: e.record,
    }));
    await acknowledge(
      db,
      { protocol: 1, deviceId: DEVICE_ID, mutations: first },
      { lastSeq: 99, results: [] },
      now(),
    );
    expect((await db.outbox.toArray()).map((e) => e.seq)).toEqual([3, 4, 5]);
  });

  it('sends again what the server did not keep, instead of what was read ahead', async () => {
    const db = freshDb();
    const server = new FakeServer();
    await queueRecords(db, 8);
    let first = true;
    const partial = async (input: string, init?: RequestInit) => {
      const res = await server.fetch(input, init);
      if (!input.includes('/sync/push') || !first) return res;
      first = false;
      const body = (await res.json()) as { lastSeq: number; results: unknown[] };
      return new Response(JSON.stringify({ ...body, lastSeq: 3 }), { status: 200 });
    };
    await pushAll({ ...deps(db, server), fetch: partial, limits: { maxMutations: 5, maxBytes: 2 ** 21 } });
    expect(server.pushBodies.map((b) => b.mutations.map((m) => m.seq))).toEqual([
      [1, 2, 3, 4, 5],
      [4, 5, 6, 7, 8],
    ]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('retries after a lost acknowledgement without storing anything twice', async () => {
    const db = freshDb();
    const server = new FakeServer();
    const ids = await queueRecords(db, 30);
    server.failNext('/api/v1/sync/push', 'lost-answer');
    await expect(pushAll(deps(db, server))).rejects.toMatchObject({ kind: 'unreachable' });
    expect(await db.outbox.count()).toBe(30); // nothing acknowledged, nothing deleted
    await pushAll(deps(db, server));
    expect(await db.outbox.count()).toBe(0);
    expect([...server.stored.keys()].sort()).toEqual([...ids].sort());
    expect([...server.stored.values()].every((s) => s.writes === 1)).toBe(true);
  });

  it('forgets the sealed payload of contacts the server has, keeping ids and anonymous fields', async () => {
    const db = freshDb();
    const server = new FakeServer();
    const sealed = { alg: 'ECDH-P256+HKDF-SHA256+A256GCM', epk: {}, iv: 'iv', ct: 'secret' };
    const [id] = await queueRecords(db, 1, 'contact', () => ({ sealed, consentPurposes: ['rappel'] }));
    expect((await db.contacts.get(id!))?.sealed).toBeDefined();
    await pushAll(deps(db, server));
    const contact = await db.contacts.get(id!);
    expect(contact).toBeDefined();
    expect(contact?.sealed).toBeUndefined();
    expect(contact?.consentPurposes).toEqual(['rappel']);
    expect(server.stored.get(id!)?.record.sealed).toEqual(sealed);
  });

  it('keeps rejected mutations with the server’s reason, and still empties the outbox', async () => {
    const db = freshDb();
    const server = new FakeServer();
    const ids = await queueRecords(db, 3);
    server.rejectIds.set(ids[1]!, 'agentId : agent inconnu dans ce centre');
    const summary = await pushAll(deps(db, server));
    expect(summary.rejected).toBe(1);
    expect(await db.outbox.count()).toBe(0);
    expect(await getState(db, 'rejected')).toEqual([
      {
        seq: 2,
        entity: 'encounter',
        recordId: ids[1],
        reason: 'agentId : agent inconnu dans ce centre',
        at: now().toISOString(),
      },
    ]);
  });

  it('keeps the whole outbox when the server refuses the protocol (426)', async () => {
    const db = freshDb();
    const server = new FakeServer();
    server.minProtocol = 2;
    await queueRecords(db, 4);
    await expect(pushAll(deps(db, server))).rejects.toMatchObject({ kind: 'protocol' });
    expect(await db.outbox.count()).toBe(4);
  });

  it('reports a revoked tablet and a sequence gap in their own words', async () => {
    const db = freshDb();
    const server = new FakeServer();
    await queueRecords(db, 2);
    await pushAll(deps(db, server));
    await queueRecords(db, 2); // seq 3 and 4
    await db.outbox.delete(3); // lost locally: the server expects 3 and gets 4
    await expect(pushAll(deps(db, server))).rejects.toMatchObject({ kind: 'gap' });
    expect(await db.outbox.count()).toBe(1);
    server.revoked = true;
    await expect(pushAll(deps(db, server))).rejects.toMatchObject({ kind: 'revoked' });
  });

  it('applies an answer in one transaction: whichever write fails, the outbox and the sealed contacts stay', async () => {
    const sealed = { alg: 'ECDH-P256+HKDF-SHA256+A256GCM', epk: { x: 'x', y: 'y' }, iv: 'aXY=', ct: 'Y3Q=' };
    const setup = async () => {
      const db = freshDb();
      await queueRecords(db, 3, 'contact', () => ({ sealed }));
      const mutations = (await db.outbox.toArray()).map((e) => ({
        seq: e.seq!,
        entity: e.entity,
        op: e.op,
        record: e.record,
      }));
      return { db, body: { protocol: 1, deviceId: DEVICE_ID, mutations } };
    };
    const answer: PushResponse = {
      lastSeq: 3,
      results: [
        { seq: 1, status: 'applied' },
        { seq: 2, status: 'rejected', error: 'Refusé' },
        { seq: 3, status: 'applied' },
      ],
    };
    const progress = { done: 0, total: 3 };
    const snapshot = async (db: ReturnType<typeof freshDb>) => ({
      outbox: await db.outbox.toArray(),
      contacts: await db.contacts.toArray(),
      rejected: await getState(db, 'rejected'),
      progress: await getState(db, 'progress'),
    });

    const probe = await setup();
    const writes = watchWrites();
    try {
      await acknowledge(probe.db, probe.body, answer, now(), progress);
    } finally {
      writes.restore();
    }
    const done = await snapshot(probe.db);
    expect(done.outbox).toEqual([]);
    expect(done.contacts.every((c) => !('sealed' in c))).toBe(true);
    expect(done.rejected).toHaveLength(1);
    expect(done.progress).toEqual({ phase: 'push', done: 3, total: 3 });

    for (let failAt = 0; failAt < writes.writes.length; failAt++) {
      const { db, body } = await setup();
      const before = await snapshot(db);
      const failing = watchWrites(failAt);
      try {
        await expect(acknowledge(db, body, answer, now(), progress)).rejects.toThrow();
      } finally {
        failing.restore();
      }
      expect(await snapshot(db), `${writes.writes[failAt]} failed`).toEqual(before);
    }
  });
});
