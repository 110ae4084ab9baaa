// Fault tests of issue 5 for push, in-process and over real loopback HTTP: each bad input gets the
// status and message of DESIGN.md, and nothing is stored twice, half-stored or lost.
import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../../src/shared/protocol';
import { revokeDevice } from '../../services/devices';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import {
  authHeaders,
  encounter,
  enrolTablet,
  listen,
  pushRequest,
  seedWorld,
  type Tablet,
  upserts,
  type World,
} from '../../test-support/sync';

interface ErrorBody {
  error: { code: string; message: string };
}

/** Sends raw bytes over HTTP and gives up on the answer as `cut` says, like a flaky network. */
function rawPost(url: string, tablet: Tablet, body: string, cut: 'response' | 'half-body'): Promise<void> {
  return new Promise((resolve) => {
    const target = new URL('/api/v1/sync/push', url);
    const req = request(target, {
      method: 'POST',
      headers: { ...authHeaders(tablet), 'content-length': Buffer.byteLength(body) },
    });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.on('response', (res) => {
      // The server has committed and started answering: the answer never reaches the tablet.
      res.destroy();
      req.destroy();
    });
    if (cut === 'half-body') {
      req.write(body.slice(0, body.length / 2), () => setTimeout(() => req.destroy(), 50));
    } else req.end(body);
  });
}

describe.each(DB_KINDS)('push faults on %s', (kind) => {
  let server: TestServer;
  let world: World;
  let tablet: Tablet;
  const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);
  const db = () => server.deps.database.db;

  async function snapshot(t = tablet) {
    const records = await db()
      .selectFrom('records')
      .select('id')
      .where('device_id', '=', t.deviceId)
      .execute();
    const quarantine = await db()
      .selectFrom('quarantine')
      .selectAll()
      .where('device_id', '=', t.deviceId)
      .execute();
    const device = await db()
      .selectFrom('devices')
      .select('last_seq')
      .where('id', '=', t.deviceId)
      .executeTakeFirstOrThrow();
    return { ids: records.map((r) => r.id).sort(), quarantine, lastSeq: device.last_seq };
  }
  const expectError = async (res: Response, status: number, code: string) => {
    expect(res.status).toBe(status);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(/^[A-ZÀ-Ü].{10,}/);
    expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/); // never a stack
    return body.error.message;
  };

  beforeAll(async () => {
    server = await createTestServer(kind);
    world = await seedWorld(server.deps);
  });
  beforeEach(async () => {
    tablet = await enrolTablet(server.deps, fetcher, world.centreA);
  });
  afterAll(() => server.close());

  it('the same batch pushed twice: the second answer is all duplicate and adds no row', async () => {
    const batch = upserts([encounter(tablet, world.agentA), encounter(tablet, world.agentA)], 1);
    await pushRequest(fetcher, tablet, batch);
    const before = await snapshot();
    const again = (await (await pushRequest(fetcher, tablet, batch)).json()) as PushResponse;
    expect(again).toEqual({
      lastSeq: 2,
      results: [
        { seq: 1, status: 'duplicate' },
        { seq: 2, status: 'duplicate' },
      ],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('the same batch pushed twice at the same moment: one applies it, the other is all duplicate', async () => {
    const batch = upserts(
      Array.from({ length: 200 }, () => encounter(tablet, world.agentA)),
      1,
    );
    const live = await listen(server.app);
    try {
      const http = (path: string, init?: RequestInit) => fetch(new URL(path, live.url), init);
      const answers = await Promise.all([pushRequest(http, tablet, batch), pushRequest(http, tablet, batch)]);
      expect(answers.map((a) => a.status)).toEqual([200, 200]);
      const bodies = (await Promise.all(answers.map((a) => a.json()))) as PushResponse[];
      const kinds = bodies.map((b) => [...new Set(b.results.map((r) => r.status))].join()).sort();
      expect(kinds).toEqual(['applied', 'duplicate']);
      expect((await snapshot()).ids).toEqual(batch.map((m) => m.record.id as string).sort());
    } finally {
      await live.close();
    }
  });

  it('a sequence gap answers 409 sequence_gap and stores nothing of the request', async () => {
    await pushRequest(fetcher, tablet, upserts([encounter(tablet, world.agentA)], 1));
    const before = await snapshot();
    const later = upserts([encounter(tablet, world.agentA), encounter(tablet, world.agentA)], 3);
    const message = await expectError(await pushRequest(fetcher, tablet, later), 409, 'sequence_gap');
    expect(message).toContain('n° 2');
    const holed = [
      ...upserts([encounter(tablet, world.agentA)], 2),
      ...upserts([encounter(tablet, world.agentA)], 4),
    ];
    await expectError(await pushRequest(fetcher, tablet, holed), 409, 'sequence_gap');
    expect(await snapshot()).toEqual(before);
    // Once the missing one is sent, the whole run goes in.
    const fixed = upserts([encounter(tablet, world.agentA), ...later.map((m) => m.record)], 2);
    expect(((await (await pushRequest(fetcher, tablet, fixed)).json()) as PushResponse).lastSeq).toBe(4);
  });

  it('a response lost after the commit: the retry is all duplicate and no record is doubled', async () => {
    const batch = upserts(
      Array.from({ length: 50 }, () => encounter(tablet, world.agentA)),
      1,
    );
    await pushRequest(fetcher, tablet, batch); // the answer is thrown away
    const retry = (await (await pushRequest(fetcher, tablet, batch)).json()) as PushResponse;
    expect(retry.lastSeq).toBe(50);
    expect(retry.results.every((r) => r.status === 'duplicate')).toBe(true);
    const after = await snapshot();
    expect(after.ids).toEqual(batch.map((m) => m.record.id as string).sort());
  });

  it('a connection cut on the wire once the server answers: the retry is all duplicate', async () => {
    const live = await listen(server.app);
    try {
      const batch = upserts(
        Array.from({ length: 100 }, () => encounter(tablet, world.agentA)),
        1,
      );
      const body = JSON.stringify({ protocol: 1, deviceId: tablet.deviceId, mutations: batch });
      await rawPost(live.url, tablet, body, 'response');
      expect((await snapshot()).lastSeq).toBe(100);
      const retry = (await (await pushRequest(fetcher, tablet, batch)).json()) as PushResponse;
      expect(retry.results.every((r) => r.status === 'duplicate')).toBe(true);
      expect((await snapshot()).ids).toEqual(batch.map((m) => m.record.id as string).sort());
    } finally {
      await live.close();
    }
  });

  it('a connection cut while the request is sent: nothing is applied, the retry stores each record once', async () => {
    const live = await listen(server.app);
    try {
      const batch = upserts(
        Array.from({ length: 100 }, () => encounter(tablet, world.agentA)),
        1,
      );
      const body = JSON.stringify({ protocol: 1, deviceId: tablet.deviceId, mutations: batch });
      await rawPost(live.url, tablet, body, 'half-body');
      expect(await snapshot()).toMatchObject({ ids: [], lastSeq: 0 });
      const retry = (await (await pushRequest(fetcher, tablet, batch)).json()) as PushResponse;
      expect(retry.results.every((r) => r.status === 'applied')).toBe(true);
      expect((await snapshot()).ids).toEqual(batch.map((m) => m.record.id as string).sort());
    } finally {
      await live.close();
    }
  });

  it('a tablet clock two days ahead is clamped to receivedAt, two days behind is kept', async () => {
    const now = server.deps.now();
    const ahead = new Date(now.getTime() + 2 * 86_400_000).toISOString();
    const behind = new Date(now.getTime() - 2 * 86_400_000).toISOString();
    const a = encounter(tablet, world.agentA, { createdAt: ahead });
    const b = encounter(tablet, world.agentA, { createdAt: behind });
    await pushRequest(fetcher, tablet, upserts([a, b], 1));
    const rows = await db().selectFrom('records').selectAll().where('id', 'in', [a.id, b.id]).execute();
    const rowA = rows.find((r) => r.id === a.id)!;
    const rowB = rows.find((r) => r.id === b.id)!;
    expect(rowA.created_at).toBe(now.toISOString());
    expect(rowA.received_at).toBe(now.toISOString());
    expect(JSON.parse(rowA.data)).toMatchObject({ createdAt: now.toISOString(), clientCreatedAt: ahead });
    expect(rowB.created_at).toBe(behind);
    expect(JSON.parse(rowB.data).createdAt).toBe(behind);
    expect(JSON.parse(rowB.data).clientCreatedAt).toBeUndefined();
  });

  it('malformed JSON answers 400 invalid and stores nothing', async () => {
    const res = await fetcher('/api/v1/sync/push', {
      method: 'POST',
      headers: authHeaders(tablet),
      body: '{"protocol":1,',
    });
    await expectError(res, 400, 'invalid');
    expect(await snapshot()).toMatchObject({ ids: [], lastSeq: 0, quarantine: [] });
  });

  it('wrong types in the request answer 400 naming the field; in a record, rejected into quarantine', async () => {
    const post = (body: unknown) =>
      fetcher('/api/v1/sync/push', {
        method: 'POST',
        headers: authHeaders(tablet),
        body: JSON.stringify(body),
      });
    const rec = encounter(tablet, world.agentA);
    expect(
      await expectError(
        await post({ protocol: '1', deviceId: tablet.deviceId, mutations: [] }),
        400,
        'invalid',
      ),
    ).toContain('protocol');
    expect(
      await expectError(
        await post({ protocol: 1, deviceId: tablet.deviceId, mutations: {} }),
        400,
        'invalid',
      ),
    ).toContain('mutations');
    const badSeq = [{ seq: '1', entity: 'encounter', op: 'upsert', record: rec }];
    expect(
      await expectError(
        await post({ protocol: 1, deviceId: tablet.deviceId, mutations: badSeq }),
        400,
        'invalid',
      ),
    ).toContain('seq');
    const twice = [...upserts([rec], 1), ...upserts([rec], 1)];
    await expectError(
      await post({ protocol: 1, deviceId: tablet.deviceId, mutations: twice }),
      400,
      'invalid',
    );
    expect(await snapshot()).toMatchObject({ ids: [], lastSeq: 0, quarantine: [] });

    const wrong = { ...rec, durationMin: 'long', themes: 'caf' };
    const body = (await (await pushRequest(fetcher, tablet, upserts([wrong], 1))).json()) as PushResponse;
    expect(body.lastSeq).toBe(1);
    expect(body.results[0]).toMatchObject({ status: 'rejected', error: expect.stringContaining('themes') });
    const after = await snapshot();
    expect(after.ids).toEqual([]);
    expect(after.quarantine).toHaveLength(1);
    expect(after.quarantine[0]).toMatchObject({
      seq: 1,
      entity: 'encounter',
      status: 'open',
      centre_id: 'centre-a',
    });
    expect(JSON.parse(after.quarantine[0]!.payload).record).toEqual(wrong);
  });

  it('an unknown entity is rejected into quarantine and does not block the rest of the batch', async () => {
    const good = encounter(tablet, world.agentA);
    const batch = [
      { seq: 1, entity: 'password_vault', op: 'upsert' as const, record: { id: 'x' } },
      ...upserts([good], 2),
    ];
    const body = (await (await pushRequest(fetcher, tablet, batch)).json()) as PushResponse;
    expect(body.results).toEqual([
      { seq: 1, status: 'rejected', error: 'Type d’enregistrement inconnu : « password_vault ».' },
      { seq: 2, status: 'applied' },
    ]);
    const after = await snapshot();
    expect(after).toMatchObject({ ids: [good.id], lastSeq: 2 });
    expect(after.quarantine.map((q) => q.entity)).toEqual(['password_vault']);
  });

  it('more than 500 mutations answers 413 too_large and stores nothing', async () => {
    const batch = upserts(
      Array.from({ length: 501 }, () => encounter(tablet, world.agentA)),
      1,
    );
    await expectError(await pushRequest(fetcher, tablet, batch), 413, 'too_large');
    expect(await snapshot()).toMatchObject({ ids: [], lastSeq: 0, quarantine: [] });
  });

  it('a body over 2 MiB answers 413 too_large and stores nothing, in-process and over HTTP', async () => {
    const rec = { ...encounter(tablet, world.agentA), padding: 'x'.repeat(2 * 1024 * 1024) };
    await expectError(await pushRequest(fetcher, tablet, upserts([rec], 1)), 413, 'too_large');
    const live = await listen(server.app);
    try {
      const http = (path: string, init?: RequestInit) => fetch(new URL(path, live.url), init);
      await expectError(await pushRequest(http, tablet, upserts([rec], 1)), 413, 'too_large');
    } finally {
      await live.close();
    }
    expect(await snapshot()).toMatchObject({ ids: [], lastSeq: 0, quarantine: [] });
  });

  it('a missing or wrong token answers 401, a revoked tablet 403 device_revoked; nothing stored', async () => {
    const batch = upserts([encounter(tablet, world.agentA)], 1);
    const body = JSON.stringify({ protocol: 1, deviceId: tablet.deviceId, mutations: batch });
    const post = (headers: Record<string, string>) =>
      fetcher('/api/v1/sync/push', { method: 'POST', headers, body });
    await expectError(await post({ 'content-type': 'application/json' }), 401, 'unauthorized');
    await expectError(await post({ authorization: 'Bearer not-a-token' }), 401, 'unauthorized');
    await expectError(await post({ authorization: `Bearer ${'A'.repeat(43)}` }), 401, 'unauthorized');
    await revokeDevice(db(), tablet.deviceId, server.deps.now());
    const message = await expectError(await post(authHeaders(tablet)), 403, 'device_revoked');
    expect(message).toBe('Cette tablette a été retirée. Contactez votre coordinateur.');
    expect(await snapshot()).toMatchObject({ ids: [], lastSeq: 0, quarantine: [] });
  });

  it('a deviceId other than the token’s tablet answers 403 forbidden and stores nothing', async () => {
    const other = await enrolTablet(server.deps, fetcher, world.centreA);
    const res = await pushRequest(fetcher, tablet, upserts([encounter(tablet, world.agentA)], 1), {
      deviceId: other.deviceId,
    });
    await expectError(res, 403, 'forbidden');
    expect(await snapshot()).toMatchObject({ ids: [], lastSeq: 0 });
    expect(await snapshot(other)).toMatchObject({ ids: [], lastSeq: 0 });
  });

  it('a record of another centre is rejected into quarantine, never stored', async () => {
    const foreign = encounter(tablet, world.agentB, { centreId: world.centreB });
    const body = (await (await pushRequest(fetcher, tablet, upserts([foreign], 1))).json()) as PushResponse;
    expect(body.results[0]).toMatchObject({
      status: 'rejected',
      error: expect.stringContaining('autre centre'),
    });
    expect(
      await db().selectFrom('records').select('id').where('id', '=', foreign.id).executeTakeFirst(),
    ).toBeUndefined();
    expect((await snapshot()).quarantine).toHaveLength(1);
  });

  it('a record by an agent of another centre is rejected into quarantine, never stored', async () => {
    const rec = encounter(tablet, world.agentB);
    const body = (await (await pushRequest(fetcher, tablet, upserts([rec], 1))).json()) as PushResponse;
    expect(body.results[0]).toEqual({
      seq: 1,
      status: 'rejected',
      error: `L’agent « ${world.agentB} » n’est pas un agent de ce centre.`,
    });
    expect(
      await db().selectFrom('records').select('id').where('id', '=', rec.id).executeTakeFirst(),
    ).toBeUndefined();
    const after = await snapshot();
    expect(after.lastSeq).toBe(1);
    expect(JSON.parse(after.quarantine[0]!.payload).record.agentId).toBe(world.agentB);
  });
});
