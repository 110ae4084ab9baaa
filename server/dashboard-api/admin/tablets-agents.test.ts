import { pbkdf2Sync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../../src/shared/protocol';
import type { PinVerifier } from '../../../src/shared/reference';
import { type Client, errorOf, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';

function pinMatches(verifier: PinVerifier, pin: string): boolean {
  return (
    pbkdf2Sync(pin, Buffer.from(verifier.salt, 'base64'), verifier.iterations, 32, 'sha256').toString(
      'base64',
    ) === verifier.hash
  );
}

describe.each(DB_KINDS)('dashboard tablets and agents on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;
  let coordB: Client;
  let tablet: { deviceId: string; deviceToken: string };
  let agentId: string;

  const asTablet = (path: string, init: RequestInit = {}) =>
    server.app.request(path, {
      ...init,
      headers: { authorization: `Bearer ${tablet.deviceToken}`, 'content-type': 'application/json' },
    });

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    coordA = await signIn(server, 'coord-a');
    coordB = await signIn(server, 'coord-b');
  });
  afterAll(() => server.close());

  it('makes a one-time enrolment code with its QR code as SVG, and the code enrols a tablet', async () => {
    const res = await coordA.send('POST', '/devices/enrol-codes', { centreId: 'centre-a' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { code: string; expiresAt: string; qrSvg: string };
    expect(body.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(body.qrSvg.startsWith('<svg')).toBe(true);
    expect(body.qrSvg).toContain('</svg>');
    expect(Date.parse(body.expiresAt) - server.deps.now().getTime()).toBe(15 * 60_000);
    const enrol = await server.app.request('/api/v1/devices/enrol', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: body.code, deviceName: 'Tablette marché' }),
    });
    expect(enrol.status).toBe(200);
    tablet = (await enrol.json()) as typeof tablet;
    expect((await coordB.send('POST', '/devices/enrol-codes', { centreId: 'centre-a' })).status).toBe(403);
  });

  it('lists the tablets of the scope only, and renames one', async () => {
    const list = (await (await coordA.get('/devices')).json()) as {
      items: { id: string; name: string; status: string }[];
    };
    expect(list.items).toEqual([
      expect.objectContaining({ id: tablet.deviceId, name: 'Tablette marché', status: 'active' }),
    ]);
    expect(((await (await coordB.get('/devices')).json()) as { items: unknown[] }).items).toEqual([]);
    const renamed = await coordA.send('PATCH', `/devices/${tablet.deviceId}`, { name: 'Tablette hall B' });
    expect(((await renamed.json()) as { device: { name: string } }).device.name).toBe('Tablette hall B');
    expect((await coordB.send('PATCH', `/devices/${tablet.deviceId}`, { name: 'x' })).status).toBe(404);
  });

  it('creates an agent with a PIN that tablets pull as a verifier', async () => {
    const res = await coordA.send('POST', '/agents', { centreId: 'centre-a', displayName: 'Nadia' });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { agent: { id: string; active: boolean }; pin: string };
    expect(body.pin).toMatch(/^\d{6}$/);
    agentId = body.agent.id;
    const pull = (await (await asTablet('/api/v1/sync/pull')).json()) as PullResponse;
    const agent = pull.changes.find((ch) => ch.entity === 'agent' && ch.id === agentId);
    expect(pinMatches((agent!.record as { pinVerifier: PinVerifier }).pinVerifier, body.pin)).toBe(true);
    const bad = await coordA.send('POST', '/agents', { centreId: 'centre-a', displayName: 'X', pin: '12' });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('pin');
    expect((await coordB.send('POST', '/agents', { centreId: 'centre-a', displayName: 'X' })).status).toBe(
      403,
    );
  });

  it('resets a PIN: the new one matches, the old one no longer does', async () => {
    const res = await coordA.send('POST', `/agents/${agentId}/reset-pin`, { pin: '4321' });
    expect(await res.json()).toEqual({ pin: '4321' });
    const row = await server.deps.database.db
      .selectFrom('agents')
      .select('pin_verifier')
      .where('id', '=', agentId)
      .executeTakeFirstOrThrow();
    expect(pinMatches(JSON.parse(row.pin_verifier), '4321')).toBe(true);
    expect((await coordB.send('POST', `/agents/${agentId}/reset-pin`, {})).status).toBe(404);
  });

  it('deactivates an agent: tablets receive it as deleted', async () => {
    const res = await coordA.send('POST', `/agents/${agentId}/deactivate`);
    expect(((await res.json()) as { agent: { active: boolean } }).agent.active).toBe(false);
    const pull = (await (await asTablet('/api/v1/sync/pull')).json()) as PullResponse;
    expect(pull.changes.find((ch) => ch.entity === 'agent' && ch.id === agentId)?.deleted).toBe(true);
    const agents = (await (await coordA.get('/agents')).json()) as {
      items: { id: string; active: boolean }[];
    };
    expect(agents.items.find((a) => a.id === agentId)?.active).toBe(false);
  });

  it('revokes a tablet, says what it does, and its next sync is refused', async () => {
    expect((await coordB.send('POST', `/devices/${tablet.deviceId}/revoke`)).status).toBe(404);
    const res = await coordA.send('POST', `/devices/${tablet.deviceId}/revoke`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { device: { status: string }; explanation: string };
    expect(body.device.status).toBe('revoked');
    expect(body.explanation).toContain('efface ses données');
    const push = await asTablet('/api/v1/sync/push', {
      method: 'POST',
      body: JSON.stringify({ protocol: 1, deviceId: tablet.deviceId, mutations: [] }),
    });
    expect(push.status).toBe(403);
    expect((await errorOf(push)).code).toBe('device_revoked');
    expect((await coordA.send('POST', `/devices/${tablet.deviceId}/revoke`)).status).toBe(409);
    const audit = await server.deps.database.db
      .selectFrom('audit_log')
      .select('action')
      .where('record_id', '=', tablet.deviceId)
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['device.rename', 'device.revoke']);
  });
});
