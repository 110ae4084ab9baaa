// figure_counts, kept at every change of the facts (counts.ts), equals a recount from the facts
// made set-based in SQL (counts-sql.ts, migration 014's back-fill) after each path that changes
// facts: insertRecord, the real push (also at the Paris changes of hour and midnights), a
// correction (rev + 1), a deletion, the outbox import, a quarantine correction, an erasure and
// the retention purge. A path that forgets the counts leaves rows the recount does not make.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seal } from '../../src/crypto/seal';
import { eraseContacts } from '../dashboard-api/privacy/erase';
import { purgeExpiredContacts } from '../dashboard-api/privacy/purge';
import { createAgent } from '../services/agents';
import { type Client, seedCentres, signIn } from '../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import { seedHandCountMonth } from '../test-support/figures-month';
import { contactRecord, encounter, enrolTablet, pushRequest, type Tablet } from '../test-support/sync';
import { recountFigures } from './counts-sql';

// Around the changes of hour (29 March, 25 October 2026 at 01:00 UTC) and Paris midnights.
const EDGES = [
  '2026-03-28T22:59:59.999Z',
  '2026-03-28T23:00:00.000Z',
  '2026-03-29T00:59:59.999Z',
  '2026-03-29T01:00:00.000Z',
  '2026-03-29T21:59:59.999Z',
  '2026-03-29T22:00:00.000Z',
  '2026-06-30T21:59:59.999Z',
  '2026-06-30T22:00:00.000Z',
  '2026-10-24T21:59:59.999Z',
  '2026-10-24T22:00:00.000Z',
  '2026-10-25T00:59:59.999Z',
  '2026-10-25T01:00:00.000Z',
  '2026-10-25T22:59:59.999Z',
  '2026-10-25T23:00:00.000Z',
  '2026-11-30T23:00:00.000Z',
];

describe.each(DB_KINDS)('figure_counts equals a recount from the facts on %s', (kind) => {
  let server: TestServer;
  let tablet: Tablet;
  let coord: Client;
  let seq = 0;
  const db = () => server.deps.database.db;
  const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);
  let agent = '';

  async function push(op: 'upsert' | 'delete', entity: string, record: Record<string, unknown>) {
    const res = await pushRequest(fetcher, tablet, [{ seq: ++seq, entity, op, record }]);
    expect(res.status).toBe(200);
    return ((await res.json()) as { results: { status: string }[] }).results[0]?.status;
  }
  const snapshot = async () =>
    (
      await db()
        .selectFrom('figure_counts')
        .select(['centre_id', 'span', 'day', 'kind', 'value', 'n', 'total'])
        .where('n', '<>', 0)
        .orderBy(['centre_id', 'span', 'day', 'kind', 'value'])
        .execute()
    ).map((r) => ({ ...r, n: Number(r.n), total: Number(r.total) }));
  /** The table as kept, then as recounted from the facts: they must be the same rows. */
  async function expectInStep() {
    const kept = await snapshot();
    await recountFigures(db());
    expect(kept).toEqual(await snapshot());
    return kept;
  }

  beforeAll(async () => {
    server = await createTestServer(kind);
    server.setNow(new Date('2026-12-05T10:00:00.000Z'));
    await seedCentres(server);
    agent = await createAgent(
      db(),
      { centreId: 'centre-a', displayName: 'Amina', pin: '1234' },
      server.deps.now(),
    );
    tablet = await enrolTablet(server.deps, fetcher, 'centre-a');
    coord = await signIn(server, 'coord-a');
  });
  afterAll(() => server.close());

  it('after inserted records (the hand-counted month: encounters, kiosk events, surveys)', async () => {
    await seedHandCountMonth(server);
    const kept = await expectInStep();
    expect([...new Set(kept.map((r) => r.kind))]).toEqual(
      expect.arrayContaining(['type', 'v:theme', 'kiosk', 'kiosk_use', 'survey', 'v:survey_score']),
    );
  });

  it('after pushes at the changes of hour and Paris midnights, each on its Paris day', async () => {
    for (const createdAt of EDGES)
      expect(await push('upsert', 'encounter', encounter(tablet, agent, { createdAt }))).toBe('applied');
    const kept = await expectInStep();
    const days = kept.filter((r) => r.kind === 'type' && r.span === 'd').map((r) => [r.day, r.n]);
    expect(days).toEqual(
      expect.arrayContaining([
        ['2026-03-28', 1],
        ['2026-03-29', 4],
        ['2026-03-30', 1],
        ['2026-06-30', 1],
        ['2026-07-01', 1],
        ['2026-10-24', 1],
        ['2026-10-25', 4],
        ['2026-10-26', 1],
      ]),
    );
  });

  it('after a correction (rev + 1) and a deletion', async () => {
    const e = encounter(tablet, agent, { createdAt: '2026-09-10T10:00:00.000Z', durationMin: 20 });
    await push('upsert', 'encounter', e);
    await push('upsert', 'encounter', {
      ...e,
      rev: 2,
      type: 'information',
      themes: ['email'],
      institutions: [],
      durationMin: 45,
    });
    const gone = encounter(tablet, agent, { createdAt: '2026-09-11T10:00:00.000Z' });
    await push('upsert', 'encounter', gone);
    await push('delete', 'encounter', { ...gone, rev: 2 });
    const kept = await expectInStep();
    expect(kept.find((r) => r.kind === 'type' && r.day === '2026-09-10' && r.span === 'd')).toMatchObject({
      value: 'information',
      n: 1,
    });
    expect(kept.filter((r) => r.day === '2026-09-11')).toEqual([]);
  });

  it('after an outbox import and a quarantine correction', async () => {
    const good = encounter(tablet, agent, { createdAt: '2026-09-12T09:00:00.000Z' });
    const bad = {
      ...encounter(tablet, agent, { createdAt: '2026-09-12T10:00:00.000Z' }),
      themes: ['cuisine'],
    };
    const res = await coord.send('POST', '/imports/outbox', {
      format: 'borne-outbox',
      version: 1,
      deviceId: tablet.deviceId,
      centreId: 'centre-a',
      exportedAt: '2026-09-12T11:00:00.000Z',
      mutations: [
        { seq: ++seq, entity: 'encounter', op: 'upsert', record: good },
        { seq: ++seq, entity: 'encounter', op: 'upsert', record: bad },
      ],
    });
    expect(res.status).toBe(200);
    const { items } = (await (await coord.get('/quarantine')).json()) as { items: { id: number }[] };
    expect(items.length).toBe(1);
    const fixed = await coord.send('POST', `/quarantine/${items[0]!.id}/correct`, {
      record: { ...bad, themes: ['email'] },
    });
    expect(fixed.status).toBe(200);
    const kept = await expectInStep();
    const day = kept.filter((r) => r.kind === 'type' && r.day === '2026-09-12' && r.span === 'd');
    expect(day.map((r) => r.n)).toEqual([2]);
  });

  it('after an erasure and the retention purge', async () => {
    const box = () =>
      seal({ firstName: 'Nadia', language: 'fr', preferredChannel: 'telephone' }, tablet.centre.publicKey);
    const person = contactRecord(tablet, agent, await box(), { retentionUntil: '2026-12-01T00:00:00.000Z' });
    expect(await push('upsert', 'contact', person)).toBe('applied');
    const linked = encounter(tablet, agent, {
      createdAt: '2026-09-13T09:00:00.000Z',
      contactId: person.id as string,
    });
    await push('upsert', 'encounter', linked);
    const other = contactRecord(tablet, agent, await box());
    await push('upsert', 'contact', other);
    await db()
      .transaction()
      .execute((trx) => eraseContacts(trx, [other.id as string], { reason: 'gdpr', now: server.deps.now() }));
    expect((await purgeExpiredContacts(db(), server.deps.now())).contacts).toBe(1);
    const kept = await expectInStep();
    // The encounter keeps counting once its person is gone.
    expect(kept.filter((r) => r.kind === 'type' && r.day === '2026-09-13').map((r) => r.n)).toEqual([1]);
  });
});
