import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_VERSION, compareVersions, type Heartbeat } from '../shared/heartbeat';
import { collectHeartbeat, errorInWords } from './heartbeat';
import { pushAll } from './push';
import { DEVICE_ID, FakeServer, TOKEN } from './test-support/fake-server';
import { deleteTestDbs, freshDb, queueRecords } from './test-support/local';

afterEach(deleteTestDbs);

const NOW = new Date('2026-11-14T12:00:00.000Z');
const storage = async () => ({ usage: 52_428_800, quota: 1_073_741_824, persisted: true });
const bodies = (server: FakeServer) =>
  server.pushBodies as unknown as { heartbeat?: Heartbeat; mutations: unknown[] }[];

describe('the tablet’s heartbeat', () => {
  it('says the app and content versions, what waits and since when, storage, and the last error in words', async () => {
    const db = freshDb();
    await queueRecords(db, 3);
    await db.outbox.toCollection().modify({ queuedAt: '2026-11-14T10:00:00.000Z' });
    await db.contentBundles.put({ version: 7, etag: 'e', bundle: {}, storedAt: NOW.toISOString() });
    await db.syncState.put({ key: 'lastError', value: { kind: 'unreachable', at: NOW.toISOString() } });
    expect(await collectHeartbeat(db, NOW, storage)).toEqual({
      appVersion: APP_VERSION,
      contentVersion: 7,
      pending: 3,
      oldestPendingAgeSec: 7200,
      storageUsedBytes: 52_428_800,
      storageQuotaBytes: 1_073_741_824,
      storagePersisted: true,
      lastError: 'Serveur injoignable.',
    });
  });

  it('leaves out what the browser does not tell', async () => {
    const db = freshDb();
    expect(await collectHeartbeat(db, NOW, async () => ({}))).toEqual({
      appVersion: APP_VERSION,
      pending: 0,
    });
  });

  it('rides on the first request of a push only; with nothing to push, a request of no change carries it', async () => {
    const db = freshDb();
    const server = new FakeServer();
    const heartbeat = await collectHeartbeat(db, NOW, storage);
    await pushAll({ db, fetch: server.fetch, token: TOKEN, deviceId: DEVICE_ID, now: () => NOW, heartbeat });
    expect(bodies(server)).toEqual([expect.objectContaining({ heartbeat, mutations: [] })]);

    await queueRecords(db, 3);
    const again = new FakeServer();
    await pushAll({
      db,
      fetch: again.fetch,
      token: TOKEN,
      deviceId: DEVICE_ID,
      now: () => NOW,
      heartbeat,
      limits: { maxMutations: 2, maxBytes: 2_000_000 },
    });
    expect(bodies(again).map((b) => [b.mutations.length, b.heartbeat !== undefined])).toEqual([
      [2, true],
      [1, false],
    ]);
  });

  it('the last error keeps the server’s own words', () => {
    expect(errorInWords({ kind: 'invalid', message: 'seq manquant', at: '' })).toBe(
      'Le serveur a refusé l’envoi. seq manquant',
    );
  });

  it('the app version is the package’s, and versions compare by number', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(APP_VERSION).toBe(pkg.version);
    expect(compareVersions('0.10.0', '0.9.2')).toBe(1);
    expect(compareVersions('0.1.0', '0.1.0')).toBe(0);
    expect(compareVersions('0.0.9', '0.1.0')).toBe(-1);
  });
});

describe('a sync pass', () => {
  it('sends the heartbeat with its first push, saying the error of the pass before', async () => {
    const { runSync } = await import('./engine');
    const { centre } = await import('./test-support/reference');
    const db = freshDb();
    const server = new FakeServer();
    await queueRecords(db, 2);
    await db.syncState.put({ key: 'lastError', value: { kind: 'offline', at: NOW.toISOString() } });
    const outcome = await runSync({
      getDb: () => db,
      fetch: server.fetch,
      now: () => NOW,
      getEnrolment: async () => ({
        deviceId: DEVICE_ID,
        deviceToken: TOKEN,
        deviceName: 'Tablette 1',
        centre: centre(),
        enrolledAt: NOW.toISOString(),
      }),
      updateCentre: async () => undefined,
      wipe: async () => undefined,
      checkServer: async () => 'online',
      withLock: async (fn) => ({ acquired: true, value: await fn() }),
      storage,
    });
    expect(outcome.status).toBe('ok');
    expect(bodies(server)[0]?.heartbeat).toMatchObject({
      pending: 2,
      lastError: 'Pas de réseau.',
      storagePersisted: true,
    });
  });
});
