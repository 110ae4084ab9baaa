import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileContent } from '../../scripts/content/compile';
import { sha256Hex } from '../content/bundle-check';
import { newestStoredVersion } from '../content/bundle-storage';
import type { Enrolment } from '../device/enrolment';
import type { Reachability } from '../platform/health';
import { hashedContentText } from '../shared/content';
import { type EngineDeps, runSync } from './engine';
import { getState, setState } from './state';
import { DEVICE_ID, FakeServer, TOKEN } from './test-support/fake-server';
import { deleteTestDbs, freshDb, queueRecords } from './test-support/local';
import { agent, centre } from './test-support/reference';

afterEach(deleteTestDbs);

const enrolment: Enrolment = {
  deviceId: DEVICE_ID,
  deviceToken: TOKEN,
  deviceName: 'Tablette 1',
  centre: centre(),
  enrolledAt: '2026-11-01T10:00:00.000Z',
};

function setup(opts: { reach?: Reachability; locked?: boolean } = {}) {
  const db = freshDb();
  const server = new FakeServer();
  const pushes: number[] = [];
  const deps = {
    getDb: () => db,
    fetch: (input: string, init?: RequestInit) => {
      if (input.includes('/sync/push')) pushes.push(Date.now());
      return server.fetch(input, init);
    },
    now: () => new Date('2026-11-14T12:00:00.000Z'),
    getEnrolment: async () => enrolment,
    updateCentre: vi.fn(async () => undefined),
    wipe: vi.fn(async () => undefined),
    checkServer: async () => opts.reach ?? 'online',
    withLock: async <T>(fn: () => Promise<T>) =>
      opts.locked ? { acquired: false as const } : { acquired: true as const, value: await fn() },
    pullLimit: 2,
  } satisfies EngineDeps;
  return { db, server, deps, pushes };
}

describe('sync pass', () => {
  it('pushes the outbox, pulls the reference data and records the success', async () => {
    const { db, server, deps } = setup();
    const ids = await queueRecords(db, 3);
    server.publish('agent', 'a1', agent('a1'));
    server.publish('centre', 'arbrisseau', centre('Nouveau nom'));
    await setState(db, 'lastError', { kind: 'offline', at: '2026-11-14T11:00:00.000Z' });
    const outcome = await runSync(deps);
    expect(outcome).toEqual({ status: 'ok', pushed: 3, rejected: 0, pulled: 2 });
    expect([...server.stored.keys()].sort()).toEqual([...ids].sort());
    expect(await db.outbox.count()).toBe(0);
    expect(await db.agents.count()).toBe(1);
    expect(deps.updateCentre).toHaveBeenCalledWith(expect.objectContaining({ name: 'Nouveau nom' }));
    expect(await getState(db, 'lastSuccessAt')).toBe('2026-11-14T12:00:00.000Z');
    expect(await getState(db, 'lastError')).toBeUndefined();
    expect(await getState(db, 'progress')).toBeUndefined();
  });

  it('sends nothing without network, and says which problem it was', async () => {
    for (const [reach, kind] of [
      ['offline', 'offline'],
      ['no-server', 'unreachable'],
    ] as const) {
      const { db, deps, pushes } = setup({ reach });
      await queueRecords(db, 2);
      expect(await runSync(deps)).toMatchObject({ status: 'error', kind });
      expect(pushes).toHaveLength(0);
      expect(await db.outbox.count()).toBe(2);
      expect((await getState(db, 'lastError'))?.kind).toBe(kind);
    }
  });

  it('wipes a revoked tablet', async () => {
    const { db, server, deps } = setup();
    await queueRecords(db, 1);
    server.revoked = true;
    expect(await runSync(deps)).toEqual({ status: 'wiped', reason: 'revoked' });
    expect(deps.wipe).toHaveBeenCalledWith('revoked');
  });

  it('carries out a pulled wipe command, even one recorded by a pass that was cut short', async () => {
    const first = setup();
    first.server.publish('device_command', 'c1', {
      id: 'c1',
      command: 'wipe',
      at: '2026-11-14T10:00:00.000Z',
    });
    expect(await runSync(first.deps)).toEqual({ status: 'wiped', reason: 'wipe_command' });
    expect(first.deps.wipe).toHaveBeenCalledWith('wipe_command');

    const second = setup();
    await setState(second.db, 'pull:wipe', { id: 'c1', at: '2026-11-14T10:00:00.000Z' });
    expect(await runSync(second.deps)).toEqual({ status: 'wiped', reason: 'wipe_command' });
    expect(second.server.pullCursors).toHaveLength(0);
  });

  it('after a 426, pushes nothing more until the app is updated, keeps the outbox and still pulls', async () => {
    const { db, server, deps, pushes } = setup();
    server.minProtocol = 2;
    await queueRecords(db, 2);
    server.publish('agent', 'a1', agent('a1'));
    expect(await runSync(deps)).toMatchObject({ status: 'error', kind: 'protocol' });
    expect(await getState(db, 'protocolRefused')).toBe(1);
    expect(await db.agents.count()).toBe(1);
    expect(pushes).toHaveLength(1);
    server.publish('agent', 'a2', agent('a2'));
    expect(await runSync(deps)).toMatchObject({ status: 'error', kind: 'protocol' });
    expect(pushes).toHaveLength(1); // not asked again
    expect(await db.agents.count()).toBe(2);
    expect(await db.outbox.count()).toBe(2);
  });

  it('does nothing while another tab syncs, and nothing before enrolment', async () => {
    const locked = setup({ locked: true });
    await queueRecords(locked.db, 1);
    expect(await runSync(locked.deps)).toEqual({ status: 'busy' });
    expect(locked.pushes).toHaveLength(0);

    const fresh = setup();
    expect(await runSync({ ...fresh.deps, getEnrolment: async () => undefined })).toEqual({
      status: 'not_enrolled',
    });
  });

  it('fetches a newly published content bundle once and stores it for the kiosk', async () => {
    const { db, server, deps } = setup();
    const bundle = structuredClone(compileContent('content'));
    bundle.version = 7;
    bundle.guides[0]!.title.fr = 'Titre changé sur le serveur';
    bundle.hash = await sha256Hex(hashedContentText(bundle));
    server.content = bundle;
    server.publish('content', 'current', { id: 'current', version: 7, etag: bundle.hash });
    expect(await runSync(deps)).toMatchObject({ status: 'ok' });
    expect(await newestStoredVersion(db)).toBe(7);
    await runSync(deps);
    expect(server.contentRequests).toBe(1);
  });
});
