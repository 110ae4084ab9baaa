// Fault tests of issue 5 for push: each bad input (malformed, wrong types, unknown entity, too
// large, no or wrong token, another tablet's or centre's records) gets the status and message of
// DESIGN.md, and nothing is stored. Retries and cuts are in push-faults.test.ts.
import { describe, expect, it } from 'vitest';
import type { PushResponse } from '../../../src/shared/protocol';
import { revokeDevice } from '../../services/devices';
import { DB_KINDS } from '../../test-support/databases';
import { expectError } from '../../test-support/push-faults';
import { pushSuite } from '../../test-support/push-suite';
import { authHeaders, encounter, enrolTablet, listen, pushRequest, upserts } from '../../test-support/sync';

describe.each(DB_KINDS)('push refusals on %s', (kind) => {
  const suite = pushSuite(kind);
  const { fetcher, db, snapshot } = suite;

  it('malformed JSON answers 400 invalid and stores nothing', async () => {
    const res = await fetcher('/api/v1/sync/push', {
      method: 'POST',
      headers: authHeaders(suite.tablet),
      body: '{"protocol":1,',
    });
    await expectError(res, 400, 'invalid');
    expect(await snapshot()).toMatchObject({ ids: [], lastSeq: 0, quarantine: [] });
  });

  it('wrong types in the request answer 400 naming the field; in a record, rejected into quarantine', async () => {
    const post = (body: unknown) =>
      fetcher('/api/v1/sync/push', {
        method: 'POST',
        headers: authHeaders(suite.tablet),
        body: JSON.stringify(body),
      });
    const rec = suite.encounter();
    expect(
      await expectError(
        await post({ protocol: '1', deviceId: suite.tablet.deviceId, mutations: [] }),
        400,
        'invalid',
      ),
    ).toContain('protocol');
    expect(
      await expectError(
        await post({ protocol: 1, deviceId: suite.tablet.deviceId, mutations: {} }),
        400,
        'invalid',
      ),
    ).toContain('mutations');
    const badSeq = [{ seq: '1', entity: 'encounter', op: 'upsert', record: rec }];
    expect(
      await expectError(
        await post({ protocol: 1, deviceId: suite.tablet.deviceId, mutations: badSeq }),
        400,
        'invalid',
      ),
    ).toContain('seq');
    const twice = [...upserts([rec], 1), ...upserts([rec], 1)];
    await expectError(
      await post({ protocol: 1, deviceId: suite.tablet.deviceId, mutations: twice }),
      400,
      'invalid',
    );
    expect(await snapshot()).toMatchObject({ ids: [], lastSeq: 0, quarantine: [] });

    const wrong = { ...rec, durationMin: 'long', themes: 'caf' };
    const body = (await (
      await pushRequest(fetcher, suite.tablet, upserts([wrong], 1))
    ).json()) as PushResponse;
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
    const good = suite.encounter();
    const batch = [
      { seq: 1, entity: 'password_vault', op: 'upsert' as const, record: { id: 'x' } },
      ...upserts([good], 2),
    ];
    const body = (await (await pushRequest(fetcher, suite.tablet, batch)).json()) as PushResponse;
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
      Array.from({ length: 501 }, () => suite.encounter()),
      1,
    );
    await expectError(await pushRequest(fetcher, suite.tablet, batch), 413, 'too_large');
    expect(await snapshot()).toMatchObject({ ids: [], lastSeq: 0, quarantine: [] });
  });

  it('a body over 2 MiB answers 413 too_large and stores nothing, in-process and over HTTP', async () => {
    const rec = { ...encounter(suite.tablet, suite.world.agentA), padding: 'x'.repeat(2 * 1024 * 1024) };
    await expectError(await pushRequest(fetcher, suite.tablet, upserts([rec], 1)), 413, 'too_large');
    const live = await listen(suite.server.app);
    try {
      const http = (path: string, init?: RequestInit) => fetch(new URL(path, live.url), init);
      await expectError(await pushRequest(http, suite.tablet, upserts([rec], 1)), 413, 'too_large');
    } finally {
      await live.close();
    }
    expect(await snapshot()).toMatchObject({ ids: [], lastSeq: 0, quarantine: [] });
  });

  it('a missing or wrong token answers 401, a revoked tablet 403 device_revoked; nothing stored', async () => {
    const batch = upserts([suite.encounter()], 1);
    const body = JSON.stringify({ protocol: 1, deviceId: suite.tablet.deviceId, mutations: batch });
    const post = (headers: Record<string, string>) =>
      fetcher('/api/v1/sync/push', { method: 'POST', headers, body });
    await expectError(await post({ 'content-type': 'application/json' }), 401, 'unauthorized');
    await expectError(await post({ authorization: 'Bearer not-a-token' }), 401, 'unauthorized');
    await expectError(await post({ authorization: `Bearer ${'A'.repeat(43)}` }), 401, 'unauthorized');
    await revokeDevice(db(), suite.tablet.deviceId, suite.server.deps.now());
    const message = await expectError(await post(authHeaders(suite.tablet)), 403, 'device_revoked');
    expect(message).toBe('Cette tablette a été retirée. Contactez votre coordinateur.');
    expect(await snapshot()).toMatchObject({ ids: [], lastSeq: 0, quarantine: [] });
  });

  it('a deviceId other than the token’s tablet answers 403 forbidden and stores nothing', async () => {
    const other = await enrolTablet(suite.server.deps, fetcher, suite.world.centreA);
    const res = await pushRequest(fetcher, suite.tablet, upserts([suite.encounter()], 1), {
      deviceId: other.deviceId,
    });
    await expectError(res, 403, 'forbidden');
    expect(await snapshot()).toMatchObject({ ids: [], lastSeq: 0 });
    expect(await snapshot(other)).toMatchObject({ ids: [], lastSeq: 0 });
  });

  it('a record of another centre is rejected into quarantine, never stored', async () => {
    const foreign = encounter(suite.tablet, suite.world.agentB, { centreId: suite.world.centreB });
    const body = (await (
      await pushRequest(fetcher, suite.tablet, upserts([foreign], 1))
    ).json()) as PushResponse;
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
    const rec = encounter(suite.tablet, suite.world.agentB);
    const body = (await (await pushRequest(fetcher, suite.tablet, upserts([rec], 1))).json()) as PushResponse;
    expect(body.results[0]).toEqual({
      seq: 1,
      status: 'rejected',
      error: `L’agent « ${suite.world.agentB} » n’est pas un agent de ce centre.`,
    });
    expect(
      await db().selectFrom('records').select('id').where('id', '=', rec.id).executeTakeFirst(),
    ).toBeUndefined();
    const after = await snapshot();
    expect(after.lastSeq).toBe(1);
    expect(JSON.parse(after.quarantine[0]!.payload).record.agentId).toBe(suite.world.agentB);
  });
});
