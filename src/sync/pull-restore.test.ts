// A server restore learnt by the pull (src/shared/protocol.ts « Restore »): the first epoch is only
// kept and the page applied; a new one applies nothing of its page, queues the re-push and asks
// for a pull from zero; the next pull pushes everything first, then reads from zero and replaces
// the reference tables, and asks for no more reads from zero.
import { afterEach, describe, expect, it } from 'vitest';
import { pullAll } from './pull';
import { pushAll } from './push';
import { getState } from './state';
import { DEVICE_ID, FakeServer, TOKEN } from './test-support/fake-server';
import { deleteTestDbs, freshDb, queueRecords } from './test-support/local';
import { partner } from './test-support/reference';

afterEach(deleteTestDbs);

const now = () => new Date('2026-11-14T12:00:00.000Z');
type Db = ReturnType<typeof freshDb>;

function deps(db: Db, server: FakeServer) {
  const requests: string[] = [];
  const fetch = async (input: string, init?: RequestInit) => {
    requests.push(new URL(input, 'http://tablet.test').pathname);
    return server.fetch(input, init);
  };
  const push = () => pushAll({ db, fetch, token: TOKEN, deviceId: DEVICE_ID, now });
  return { db, fetch, token: TOKEN, pushAll: push, limit: 2, now, requests };
}

describe('the pull after a server restore', () => {
  it('keeps the first epoch it sees and applies the page', async () => {
    const db = freshDb();
    const server = new FakeServer();
    server.epoch = 'epoch-a';
    server.publish('partner', 'p1', partner('p1'));
    expect(await pullAll(deps(db, server))).toMatchObject({ applied: 1, pages: 1 });
    expect(await getState(db, 'server:epoch')).toBe('epoch-a');
    expect(await getState(db, 'pull:fromZero')).toBeUndefined();
  });

  it('a new epoch: nothing of its page applied, everything queued again, a pull from zero asked for', async () => {
    const db = freshDb();
    const server = new FakeServer();
    server.epoch = 'epoch-a';
    server.publish('partner', 'p1', partner('p1'));
    const d = deps(db, server);
    await pullAll(d);
    const ids = await queueRecords(db, 2);
    await d.pushAll();

    server.epoch = 'epoch-b';
    server.publish('partner', 'p2', partner('p2'));
    const summary = await pullAll(d);
    expect(summary).toEqual({ applied: 0, keptPending: 0, skipped: 0, pages: 0, reset: false });
    expect((await db.partners.toArray()).map((p) => p.id)).toEqual(['p1']);
    expect(await getState(db, 'pull:cursor')).toBe('1.0');
    expect((await db.outbox.toArray()).map((e) => e.recordId)).toEqual(ids);
    expect(await getState(db, 'pull:fromZero')).toBe(true);
    expect(await getState(db, 'restore:last')).toEqual({
      detectedAt: now().toISOString(),
      queued: 2,
      done: false,
    });
  });

  it('the next pull pushes everything first, then replaces the tables from zero, once', async () => {
    const db = freshDb();
    const server = new FakeServer();
    server.epoch = 'epoch-a';
    for (const id of ['p1', 'p2', 'p3']) server.publish('partner', id, partner(id));
    const d = deps(db, server);
    await pullAll(d);
    await db.partners.put(partner('stale')); // a row the restored server does not have
    const backup = server.backup();
    const ids = await queueRecords(db, 2);
    await d.pushAll();
    server.restore(backup, 'epoch-b');
    expect(await pullAll(d)).toMatchObject({ pages: 0 }); // learns the restore

    d.requests.length = 0;
    server.pullCursors.length = 0;
    const summary = await pullAll(d);
    expect(summary).toEqual({ applied: 3, keptPending: 0, skipped: 0, pages: 2, reset: true });
    expect(d.requests).toEqual(['/api/v1/sync/push', '/api/v1/sync/pull', '/api/v1/sync/pull']);
    expect(server.pullCursors).toEqual([null, '2.0']);
    expect([...server.stored.keys()].sort()).toEqual([...ids].sort());
    expect(await db.outbox.count()).toBe(0);
    expect((await db.partners.toArray()).map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(await getState(db, 'pull:cursor')).toBe('3.0');
    expect(await getState(db, 'pull:fromZero')).toBeUndefined();

    d.requests.length = 0;
    await pullAll(d);
    expect(d.requests).toEqual(['/api/v1/sync/pull']); // from its cursor again, no push first
    expect(server.pullCursors.at(-1)).toBe('3.0');
  });
});
