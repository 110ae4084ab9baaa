import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEnrolCode } from '../services/enrol-codes';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import { seedWorld, type World } from '../test-support/sync';

interface ErrorBody {
  error: { code: string; message: string };
}

describe.each(DB_KINDS)('tablet enrolment on %s', (kind) => {
  let server: TestServer;
  let world: World;
  const enrol = (body: unknown) =>
    server.app.request('/api/v1/devices/enrol', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const newCode = async (centreId = world.centreA) =>
    (await createEnrolCode(server.deps.database.db, server.deps.secrets, { centreId }, server.deps.now()))
      .code;

  beforeAll(async () => {
    server = await createTestServer(kind);
    world = await seedWorld(server.deps);
  });
  afterAll(() => server.close());

  it('gives a device id, a token and the centre with its public key and settings', async () => {
    const res = await enrol({ code: await newCode(), deviceName: 'Tablette marché' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.deviceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(body.deviceToken.length).toBeGreaterThanOrEqual(40);
    expect(body.centre).toMatchObject({
      id: 'centre-a',
      name: 'Centre A',
      commune: 'Lille',
      territoryId: 'croissant-sud',
      territoryName: 'Croissant sud',
      publicKey: { kty: 'EC', crv: 'P-256' },
      settings: { kioskIdleSeconds: expect.any(Number) },
    });
    const row = await server.deps.database.db
      .selectFrom('devices')
      .selectAll()
      .where('id', '=', body.deviceId)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).not.toBe(body.deviceToken);
    expect(row.token_hash).toBe(server.deps.secrets.tokenHash(body.deviceToken));
    expect(row).toMatchObject({
      centre_id: 'centre-a',
      name: 'Tablette marché',
      status: 'active',
      last_seq: 0,
    });
  });

  it('accepts the code typed in lower case with spaces instead of the dash', async () => {
    const code = await newCode();
    const res = await enrol({ code: code.toLowerCase().replace('-', ' '), deviceName: 'T' });
    expect(res.status).toBe(200);
  });

  it('refuses a code used once already, with its own message', async () => {
    const code = await newCode();
    expect((await enrol({ code, deviceName: 'T1' })).status).toBe(200);
    const res = await enrol({ code, deviceName: 'T2' });
    expect(res.status).toBe(401);
    expect(((await res.json()) as ErrorBody).error.message).toBe(
      'Ce code a déjà servi. Demandez un nouveau code à votre coordinateur.',
    );
  });

  it('refuses a code older than 15 minutes, with its own message', async () => {
    const code = await newCode();
    const start = server.deps.now();
    server.setNow(new Date(start.getTime() + 15 * 60_000 + 1000));
    try {
      const res = await enrol({ code, deviceName: 'T' });
      expect(res.status).toBe(401);
      expect(((await res.json()) as ErrorBody).error.message).toContain('Ce code a expiré (15 minutes).');
    } finally {
      server.setNow(start);
    }
  });

  it('refuses an unknown code, with its own message', async () => {
    const res = await enrol({ code: 'ABCD-EFGH', deviceName: 'T' });
    expect(res.status).toBe(401);
    const body = (await res.json()) as ErrorBody;
    expect(body.error).toEqual({
      code: 'unauthorized',
      message: 'Code inconnu. Vérifiez les lettres et les chiffres.',
    });
  });

  it('lets only one of two tablets racing the same code enrol', async () => {
    const code = await newCode();
    const results = await Promise.all([
      enrol({ code, deviceName: 'Rapide' }),
      enrol({ code, deviceName: 'Lente' }),
      enrol({ code, deviceName: 'Troisième' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 401, 401]);
    const devices = await server.deps.database.db
      .selectFrom('devices')
      .select('name')
      .where('name', 'in', ['Rapide', 'Lente', 'Troisième'])
      .execute();
    expect(devices).toHaveLength(1);
  });

  it('answers malformed JSON and missing fields with a 400 that names the field', async () => {
    const bad = await enrol('{"code": ');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as ErrorBody).error.code).toBe('invalid');
    const missing = await enrol({ code: await newCode() });
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as ErrorBody).error.message).toContain('deviceName');
  });

  it('enrols several tablets per centre and tablets of several centres', async () => {
    const a = await (await enrol({ code: await newCode(world.centreA), deviceName: 'A2' })).json();
    const b = await (await enrol({ code: await newCode(world.centreB), deviceName: 'B1' })).json();
    expect(a.centre.id).toBe('centre-a');
    expect(b.centre.id).toBe('centre-b');
    expect(b.centre.territoryName).toBe('Versant nord-est');
    expect(a.deviceId).not.toBe(b.deviceId);
  });
  it('slows down guessing: after 30 attempts from one address in 15 minutes, 429 in words', async () => {
    const start = new Date('2026-12-01T09:00:00.000Z'); // a fresh window, whatever ran before
    server.setNow(start);
    for (let i = 0; i < 30; i++) {
      expect((await enrol({ code: 'ZZZZ-ZZZZ', deviceName: 'Essai' })).status).toBe(401);
    }
    const code = await newCode();
    const blocked = await enrol({ code, deviceName: 'Bloquée' });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await blocked.json()) as ErrorBody).error.message).toContain('Trop d’essais');
    // The next window lets people in again.
    server.setNow(new Date(start.getTime() + 16 * 60_000));
    expect((await enrol({ code: await newCode(), deviceName: 'Enfin' })).status).toBe(200);
  });
});
