// A server restored from a backup, seen by the tablet's push (src/shared/protocol.ts « Restore »):
// the epoch is learnt from the first answer and sent from the next request on; a push under the old
// epoch is not applied, and the tablet queues again everything it holds and sends it with the
// resync; a heartbeat alone learns a restore the same way; a server that says no epoch (older than
// restores) never starts a re-push.
import { afterEach, describe, expect, it } from 'vitest';
import { pushAll } from './push';
import { getState, setState } from './state';
import { DEVICE_ID, FakeServer, TOKEN } from './test-support/fake-server';
import { deleteTestDbs, freshDb, queueRecords } from './test-support/local';

afterEach(deleteTestDbs);

const now = () => new Date('2026-11-14T12:00:00.000Z');
const heartbeat = { appVersion: '1.0.0' } as never;
type Db = ReturnType<typeof freshDb>;
const limits = { maxMutations: 5, maxBytes: 2 ** 21 };

function deps(db: Db, server: FakeServer) {
  return { db, fetch: server.fetch, token: TOKEN, deviceId: DEVICE_ID, now, limits };
}

/** A tablet whose 6 records the server acknowledged under `epoch-a`, then a restore to before them. */
async function restoredAfterSync() {
  const db = freshDb();
  const server = new FakeServer();
  server.epoch = 'epoch-a';
  const before = server.backup(); // nothing of this tablet in the backup
  const ids = await queueRecords(db, 6);
  await pushAll(deps(db, server));
  expect(await db.outbox.count()).toBe(0);
  server.restore(before, 'epoch-b');
  return { db, server, ids };
}

const tags = (server: FakeServer) =>
  server.pushBodies.map((b) => [b.epoch, b.resync?.epoch, b.mutations.length]);

describe('the push after a server restore', () => {
  it('learns the epoch at the first answer and carries it from the next request on', async () => {
    const db = freshDb();
    const server = new FakeServer();
    server.epoch = 'epoch-a';
    await queueRecords(db, 7);
    await pushAll(deps(db, server));
    expect(tags(server)).toEqual([
      [undefined, undefined, 5],
      ['epoch-a', undefined, 2],
    ]);
    expect(await getState(db, 'server:epoch')).toBe('epoch-a');
  });

  it('a push under the old epoch is not applied: everything held goes again, with the resync, once each', async () => {
    const { db, server, ids } = await restoredAfterSync();
    const more = await queueRecords(db, 2); // written after the restore, not sent yet
    const seen: unknown[] = [];
    const fetch = async (input: string, init?: RequestInit) => {
      seen.push(await getState(db, 'progress'));
      return server.fetch(input, init);
    };
    const summary = await pushAll({ ...deps(db, server), fetch, trackProgress: true });
    // The refused push (2 pending), then the 2 pending and the 6 held again, in batches of 5.
    expect(tags(server).slice(2)).toEqual([
      ['epoch-a', undefined, 2],
      ['epoch-b', 'epoch-b', 5],
      ['epoch-b', 'epoch-b', 3],
    ]);
    expect(summary).toMatchObject({ acknowledged: 8, batches: 2 });
    expect(seen).toEqual([undefined, undefined, { phase: 'push', done: 5, total: 8 }]);
    expect([...server.stored.keys()].sort()).toEqual([...ids, ...more].sort());
    expect(await db.outbox.count()).toBe(0);
    expect(await getState(db, 'resync')).toBeUndefined();
    expect(await getState(db, 'restore:last')).toEqual({
      detectedAt: now().toISOString(),
      queued: 6,
      done: true,
    });
    expect(await getState(db, 'pull:fromZero')).toBe(true);
  });

  it('a heartbeat alone learns the epoch, then a restore, and pushes everything again', async () => {
    const { db, server, ids } = await restoredAfterSync();
    const first = freshDb();
    await pushAll({ ...deps(first, server), heartbeat });
    expect(await getState(first, 'server:epoch')).toBe('epoch-b'); // learnt, nothing to re-push
    expect(await first.outbox.count()).toBe(0);

    const seen: unknown[] = [];
    const fetch = async (input: string, init?: RequestInit) => {
      seen.push(await getState(db, 'progress'));
      return server.fetch(input, init);
    };
    await pushAll({ ...deps(db, server), fetch, heartbeat, trackProgress: true });
    expect(tags(server).slice(3)).toEqual([
      ['epoch-a', undefined, 0],
      ['epoch-b', 'epoch-b', 5],
      ['epoch-b', 'epoch-b', 1],
    ]);
    expect(seen.at(-1)).toEqual({ phase: 'push', done: 5, total: 6 });
    expect([...server.stored.keys()].sort()).toEqual([...ids].sort());
    expect(await db.outbox.count()).toBe(0);
    expect((await getState(db, 'restore:last'))?.done).toBe(true);
  });

  it('a server that says no epoch never starts a re-push, whatever epoch the tablet knew', async () => {
    const db = freshDb();
    const server = new FakeServer(); // no epoch: older than restores
    await queueRecords(db, 3);
    await setState(db, 'server:epoch', 'epoch-a');
    await pushAll({ ...deps(db, server), heartbeat });
    expect(server.pushBodies.map((b) => b.mutations.length)).toEqual([3]);
    await pushAll({ ...deps(db, server), heartbeat });
    expect(server.pushBodies.map((b) => b.mutations.length)).toEqual([3, 0]);
    expect(await db.outbox.count()).toBe(0);
    expect(await getState(db, 'server:epoch')).toBe('epoch-a');
    expect(await getState(db, 'resync')).toBeUndefined();
  });
});
