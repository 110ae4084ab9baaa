import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_VERSION } from '../../../src/shared/heartbeat';
import { PROTOCOL_VERSION } from '../../../src/shared/protocol';
import { enrolDevice } from '../../services/devices';
import { createEnrolCode } from '../../services/enrol-codes';
import { type Client, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { tabletsNeedingAttention } from './health';

const DAY = 86_400_000;
const T0 = new Date('2026-12-01T09:00:00Z');

describe.each(DB_KINDS)('tablets watched through their heartbeat on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;
  const tablets: Record<string, { id: string; token: string }> = {};

  const push = (name: string, heartbeat: unknown, mutations: unknown[] = []) =>
    server.app.request('/api/v1/sync/push', {
      method: 'POST',
      headers: { authorization: `Bearer ${tablets[name]!.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ protocol: PROTOCOL_VERSION, deviceId: tablets[name]!.id, mutations, heartbeat }),
    });

  const devices = async () =>
    (
      (await (await coordA.get('/devices?centre=centre-a')).json()) as {
        items: { name: string; health: { flags: { kind: string; days?: number }[]; heartbeat: unknown } }[];
      }
    ).items;

  beforeAll(async () => {
    server = await createTestServer(kind);
    server.setNow(T0);
    await seedCentres(server);
    const { db } = server.deps.database;
    for (const name of ['Tablette marché', 'Tablette halls', 'Tablette ancienne']) {
      const { code } = await createEnrolCode(db, server.deps.secrets, { centreId: 'centre-a' }, T0);
      const e = await enrolDevice(db, server.deps.secrets, { code, deviceName: name }, T0);
      tablets[name] = { id: e.deviceId, token: e.deviceToken };
    }
    coordA = await signIn(server, 'coord-a');
  });
  afterAll(() => server.close());

  it('a push carries the heartbeat; the tablets page shows it as sent', async () => {
    const heartbeat = {
      appVersion: APP_VERSION,
      contentVersion: 3,
      pending: 4,
      oldestPendingAgeSec: 7200,
      storageUsedBytes: 40 * 1024 * 1024,
      storageQuotaBytes: 1024 * 1024 * 1024,
      storagePersisted: true,
      lastError: 'Pas de réseau.',
    };
    const res = await push('Tablette marché', heartbeat);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      lastSeq: 0,
      results: [],
      epoch: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    const card = (await devices()).find((d) => d.name === 'Tablette marché')!;
    expect(card.health.heartbeat).toEqual(heartbeat);
    expect(card.health.flags).toEqual([]);
  });

  it('a push without a heartbeat (an older tablet) still goes through', async () => {
    const res = await push('Tablette halls', undefined);
    expect(res.status).toBe(200);
  });

  it('a heartbeat the server cannot read never fails the push, and is said in words', async () => {
    const res = await push('Tablette halls', { appVersion: 'bêta', pending: -1 });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { heartbeatError?: string };
    expect(body.heartbeatError).toContain('appVersion');
  });

  it('flags storage nearly full and an old app version', async () => {
    await push('Tablette ancienne', {
      appVersion: '0.0.9',
      pending: 0,
      storageUsedBytes: 950,
      storageQuotaBytes: 1000,
    });
    const card = (await devices()).find((d) => d.name === 'Tablette ancienne')!;
    expect(card.health.flags.map((f) => f.kind).sort()).toEqual(['old_version', 'storage_nearly_full']);
  });

  it('a tablet whose last push is 8 days old is flagged « silencieuse depuis 8 jours »; 6 days is not', async () => {
    server.setNow(new Date(T0.getTime() + 6 * DAY));
    await push('Tablette halls', { appVersion: APP_VERSION, pending: 0 });
    server.setNow(new Date(T0.getTime() + 8 * DAY));
    coordA = await signIn(server, 'coord-a'); // the session of 8 days ago has expired
    const cards = await devices();
    expect(cards.find((d) => d.name === 'Tablette marché')!.health.flags).toEqual([
      { kind: 'silent', days: 8 },
    ]);
    expect(cards.find((d) => d.name === 'Tablette halls')!.health.flags).toEqual([]);
    const attention = await tabletsNeedingAttention(server.deps.database.db, ['centre-a'], server.deps.now());
    expect(attention.map((t) => t.name)).toEqual(['Tablette ancienne', 'Tablette marché']);
    expect(await tabletsNeedingAttention(server.deps.database.db, ['centre-b'], server.deps.now())).toEqual(
      [],
    );
  });
});
