import { afterEach, describe, expect, it } from 'vitest';
import { pullAll } from './pull';
import { pushAll } from './push';
import { getState } from './state';
import { DEVICE_ID, FakeServer, TOKEN } from './test-support/fake-server';
import { deleteTestDbs, freshDb, queueRecords } from './test-support/local';
import { agent, centre, partner } from './test-support/reference';

afterEach(deleteTestDbs);

function deps(db: ReturnType<typeof freshDb>, server: FakeServer, limit = 2) {
  const push = () =>
    pushAll({ db, fetch: server.fetch, token: TOKEN, deviceId: DEVICE_ID, now: () => new Date() });
  return { db, fetch: server.fetch, token: TOKEN, pushAll: push, limit };
}

function publishPartners(server: FakeServer, count: number) {
  for (let i = 1; i <= count; i++) server.publish('partner', `p${i}`, partner(`p${i}`));
}

describe('pull', () => {
  it('applies every page and resumes from the last stored cursor after an interruption', async () => {
    const db = freshDb();
    const server = new FakeServer();
    publishPartners(server, 7);
    // Page 3 never arrives: pages 1 and 2 (4 partners) and their cursor are kept.
    let pages = 0;
    const flaky = { ...deps(db, server) };
    flaky.fetch = async (input, init) => {
      if (input.includes('/sync/pull') && ++pages === 3) throw new TypeError('Failed to fetch');
      return server.fetch(input, init);
    };
    await expect(pullAll(flaky)).rejects.toMatchObject({ kind: 'unreachable' });
    expect(await db.partners.count()).toBe(4);
    expect(await getState(db, 'pull:cursor')).toBe('4.0');

    const summary = await pullAll(deps(db, server));
    expect(server.pullCursors.at(-2)).toBe('4.0'); // resumed where it stopped, not from zero
    expect(summary.applied).toBe(3);
    expect(await db.partners.count()).toBe(7);
  });

  it('applies a page and its cursor together or not at all', async () => {
    const db = freshDb();
    const server = new FakeServer();
    server.publish('partner', 'p1', partner('p1'));
    server.publish('agent', 'a1', agent('a1'));
    // The second row of the page fails to be written: the first one and the cursor must not stay.
    const failing = (_key: unknown, obj: { id: string }) => {
      if (obj.id === 'a1') throw new Error('disk failure');
    };
    db.agents.hook('creating', failing);
    await expect(pullAll(deps(db, server, 10))).rejects.toThrow();
    expect(await db.partners.count()).toBe(0);
    expect(await getState(db, 'pull:cursor')).toBeUndefined();

    db.agents.hook('creating').unsubscribe(failing);
    await pullAll(deps(db, server, 10));
    expect(await db.partners.count()).toBe(1);
    expect(await db.agents.count()).toBe(1);
    expect(await getState(db, 'pull:cursor')).toBe('2.0');
  });

  it('never overwrites a row that has a pending local change', async () => {
    const db = freshDb();
    const server = new FakeServer();
    await db.partners.put(partner('p1', 'Nom modifié sur la tablette'));
    await queueRecords(db, 1, 'encounter', () => ({ id: 'p1' })); // a pending change to id p1
    server.publish('partner', 'p1', partner('p1', 'Nom du serveur'));
    server.publish('partner', 'p2', partner('p2', 'Autre'));
    const summary = await pullAll(deps(db, server));
    expect(summary).toMatchObject({ applied: 1, keptPending: 1 });
    expect((await db.partners.get('p1'))?.name).toBe('Nom modifié sur la tablette');
    expect((await db.partners.get('p2'))?.name).toBe('Autre');
  });

  it('removes deleted rows and skips records it cannot read', async () => {
    const db = freshDb();
    const server = new FakeServer();
    server.publish('agent', 'a1', agent('a1'));
    server.publish('agent', 'a2', agent('a2'));
    await pullAll(deps(db, server));
    server.remove('agent', 'a1');
    server.publish('partner', 'bad', { id: 'bad', name: 'sans territoire' });
    const summary = await pullAll(deps(db, server));
    expect(summary).toMatchObject({ applied: 1, skipped: 1 });
    expect((await db.agents.toArray()).map((a) => a.id)).toEqual(['a2']);
  });

  it('records the centre, a wipe command and the content pointer with the page', async () => {
    const db = freshDb();
    const server = new FakeServer();
    server.publish('centre', 'arbrisseau', centre('Nouveau nom'));
    server.publish('content', 'current', { id: 'current', version: 3, etag: 'abc' });
    server.publish('device_command', 'cmd1', { id: 'cmd1', command: 'wipe', at: '2026-11-14T10:00:00.000Z' });
    await pullAll(deps(db, server, 10));
    expect((await getState(db, 'pull:centre'))?.name).toBe('Nouveau nom');
    expect(await getState(db, 'content:pointer')).toEqual({ id: 'current', version: 3, etag: 'abc' });
    expect(await getState(db, 'pull:wipe')).toEqual({ id: 'cmd1', at: '2026-11-14T10:00:00.000Z' });
  });

  it('on reset, pushes everything pending first, then replaces the tables from zero', async () => {
    const db = freshDb();
    const server = new FakeServer();
    publishPartners(server, 3);
    await pullAll(deps(db, server));
    await db.partners.put(partner('stale')); // a row the server no longer has (its tombstone is gone)
    const ids = await queueRecords(db, 3);
    for (const id of ['p4', 'p5']) server.publish('partner', id, partner(id)); // versions 4 and 5…
    server.horizon = 5; // …and tombstones up to version 5 were purged: our cursor (3) is too old
    const summary = await pullAll(deps(db, server));
    expect(summary.reset).toBe(true);
    expect([...server.stored.keys()].sort()).toEqual([...ids].sort());
    expect(await db.outbox.count()).toBe(0);
    expect((await db.partners.toArray()).map((p) => p.id).sort()).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
    // Refetched from zero after the cursor was refused.
    expect(server.pullCursors.lastIndexOf(null)).toBeGreaterThan(server.pullCursors.indexOf('3.0'));
  });

  it('on reset, waits when the push fails: tables and cursor stay as they were', async () => {
    const db = freshDb();
    const server = new FakeServer();
    publishPartners(server, 2);
    await pullAll(deps(db, server));
    await queueRecords(db, 2);
    server.horizon = 100;
    server.failNext('/api/v1/sync/push', 'network');
    await expect(pullAll(deps(db, server))).rejects.toMatchObject({ kind: 'unreachable' });
    expect(await db.partners.count()).toBe(2);
    expect(await db.outbox.count()).toBe(2);
    expect(await getState(db, 'pull:cursor')).toBe('2.0');
  });
});
