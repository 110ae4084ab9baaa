import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAgent } from '../../services/agents';
import { enrolDevice } from '../../services/devices';
import { createEnrolCode } from '../../services/enrol-codes';
import { type Client, errorOf, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { encounter, outing } from '../../test-support/records';

interface QRow {
  id: number;
  seq: number;
  reason: string;
  status: string;
  record: { record: Record<string, unknown> };
}

describe.each(DB_KINDS)('dashboard quarantine and outbox import on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;
  let coordB: Client;
  let deviceId: string;
  let agentId: string;
  let file: {
    format: string;
    version: number;
    deviceId: string;
    centreId: string;
    exportedAt: string;
    mutations: unknown[];
  };
  let goodId: string;

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    const { db } = server.deps.database;
    agentId = await createAgent(
      db,
      { centreId: 'centre-a', displayName: 'Samira', pin: '1234' },
      server.deps.now(),
    );
    const { code } = await createEnrolCode(
      db,
      server.deps.secrets,
      { centreId: 'centre-a' },
      server.deps.now(),
    );
    deviceId = (
      await enrolDevice(db, server.deps.secrets, { code, deviceName: 'Tablette A' }, server.deps.now())
    ).deviceId;
    const mine = { centreId: 'centre-a', agentId, createdAt: '2026-11-02T09:00:00.000Z' };
    const good = { ...encounter(mine), deviceId, institutions: ['caf' as const] };
    goodId = good.id;
    const bad = { ...encounter(mine), deviceId, themes: ['cuisine'] };
    const o = { ...outing(mine), deviceId };
    file = {
      format: 'borne-outbox',
      version: 1,
      deviceId,
      centreId: 'centre-a',
      exportedAt: '2026-11-02T10:00:00.000Z',
      mutations: [
        { seq: 1, entity: 'encounter', op: 'upsert', record: good },
        { seq: 2, entity: 'encounter', op: 'upsert', record: bad },
        { seq: 3, entity: 'outing', op: 'upsert', record: o },
      ],
    };
    coordA = await signIn(server, 'coord-a');
    coordB = await signIn(server, 'coord-b');
  });
  afterAll(() => server.close());

  const countRecords = async () =>
    (await server.deps.database.db.selectFrom('records').select('id').execute()).length;

  it('imports a pending-data file with the push rules: applied, and the invalid one quarantined', async () => {
    const res = await coordA.send('POST', '/imports/outbox', file);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      applied: number;
      duplicate: number;
      rejected: number;
      lastSeq: number;
    };
    expect(body).toMatchObject({ applied: 2, duplicate: 0, rejected: 1, lastSeq: 3 });
    expect(await countRecords()).toBe(2);
  });

  it('imports the same file again without duplicating anything', async () => {
    const res = await coordA.send('POST', '/imports/outbox', file);
    expect(await res.json()).toMatchObject({ applied: 0, duplicate: 3, rejected: 0, lastSeq: 3 });
    expect(await countRecords()).toBe(2);
    const q = await server.deps.database.db.selectFrom('quarantine').select('id').execute();
    expect(q.length).toBe(1);
  });

  it('refuses a file with a gap before it, and a file that is not a pending-data file, in words', async () => {
    const gap = await coordA.send('POST', '/imports/outbox', {
      ...file,
      mutations: [{ seq: 9, entity: 'encounter', op: 'upsert', record: {} }],
    });
    expect(gap.status).toBe(409);
    expect((await errorOf(gap)).message).toMatch(/n° 4(?!\d)/);
    const wrong = await coordA.send('POST', '/imports/outbox', { ...file, format: 'autre' });
    expect(wrong.status).toBe(400);
    expect((await errorOf(wrong)).message).toContain('format');
  });

  it('refuses the file of a tablet of another centre as unknown', async () => {
    const res = await coordB.send('POST', '/imports/outbox', file);
    expect(res.status).toBe(404);
  });

  it('lists the quarantined mutation with its reason, to the centre only', async () => {
    const res = await coordA.get('/quarantine');
    const { items } = (await res.json()) as { items: QRow[] };
    expect(items.length).toBe(1);
    expect(items[0]!.seq).toBe(2);
    expect(items[0]!.reason).toContain('themes');
    expect(((await (await coordB.get('/quarantine')).json()) as { items: QRow[] }).items).toEqual([]);
  });

  it('keeps a correction that is still invalid open, with the reason', async () => {
    const [row] = ((await (await coordA.get('/quarantine')).json()) as { items: QRow[] }).items;
    const stillBad = { ...row!.record.record, durationMin: -5 };
    const res = await coordA.send('POST', `/quarantine/${row!.id}/correct`, { record: stillBad });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('themes');
    expect((await coordB.send('POST', `/quarantine/${row!.id}/correct`, { record: stillBad })).status).toBe(
      404,
    );
    expect(((await (await coordA.get('/quarantine')).json()) as { items: QRow[] }).items.length).toBe(1);
  });

  it('stores a corrected record through the same checks, once', async () => {
    const [row] = ((await (await coordA.get('/quarantine')).json()) as { items: QRow[] }).items;
    const fixed: Record<string, unknown> = { ...row!.record.record, themes: ['email'] };
    const res = await coordA.send('POST', `/quarantine/${row!.id}/correct`, { record: fixed });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'corrected', recordId: fixed.id });
    expect(await countRecords()).toBe(3);
    const again = await coordA.send('POST', `/quarantine/${row!.id}/correct`, { record: fixed });
    expect(again.status).toBe(409);
    const corrected = (await (await coordA.get('/quarantine?status=corrected')).json()) as { items: QRow[] };
    expect(corrected.items.map((r) => r.id)).toEqual([row!.id]);
    const list = (await (await coordA.get('/encounters?theme=email')).json()) as { items: { id: string }[] };
    expect(list.items.map((e) => e.id)).toEqual([fixed.id]);
  });

  it('refuses a correction that claims another centre', async () => {
    const db = server.deps.database.db;
    await db
      .insertInto('quarantine')
      .values({
        device_id: deviceId,
        centre_id: 'centre-a',
        seq: 99,
        entity: 'encounter',
        payload: '{"broken',
        reason: 'JSON illisible',
        received_at: '2026-11-02T10:00:00.000Z',
      })
      .execute();
    const [row] = ((await (await coordA.get('/quarantine')).json()) as { items: QRow[] }).items;
    expect(row!.record).toBe('{"broken');
    const other = {
      ...encounter({ centreId: 'centre-b', agentId, createdAt: '2026-11-02T09:00:00.000Z' }),
      deviceId,
    };
    const res = await coordA.send('POST', `/quarantine/${row!.id}/correct`, { record: other });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('autre centre');
    const dismissed = await coordA.send('POST', `/quarantine/${row!.id}/dismiss`, { comment: 'doublon' });
    expect(dismissed.status).toBe(200);
    expect((await coordA.send('POST', `/quarantine/${row!.id}/dismiss`, {})).status).toBe(409);
  });

  it('keeps the original encounter untouched by the import of its duplicate', async () => {
    const row = await server.deps.database.db
      .selectFrom('records')
      .select('rev')
      .where('id', '=', goodId)
      .executeTakeFirstOrThrow();
    expect(row.rev).toBe(1);
  });
});
