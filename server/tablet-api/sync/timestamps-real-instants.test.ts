// Issue 9, "Timestamps the server can read, or a refusal": a timestamp is accepted only if it names
// a real instant, the server stores it normalised (toISOString()), and the dashboard's exports and
// record pages never fail on a stored value (an old unreadable one shows an empty cell).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PushResponse } from '../../../src/shared/protocol';
import { refillFacts } from '../../facts/write';
import { createAgent } from '../../services/agents';
import { type Client, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { encounter, enrolTablet, pushRequest, type Tablet } from '../../test-support/sync';

describe.each(DB_KINDS)('timestamps the server can read on %s', (kind) => {
  let server: TestServer;
  let tablet: Tablet;
  let agentId: string;
  let coord: Client;
  const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    agentId = await createAgent(
      server.deps.database.db,
      { centreId: 'centre-a', displayName: 'Amina', pin: '1234' },
      server.deps.now(),
    );
    tablet = await enrolTablet(server.deps, fetcher, 'centre-a');
    coord = await signIn(server, 'coord-a');
  });
  afterAll(() => server.close());

  it('a timestamp with an offset is stored normalised by toISOString()', async () => {
    const record = encounter(tablet, agentId, { createdAt: '2026-11-02T11:30:00+02:00' });
    const answer = (await (
      await pushRequest(fetcher, tablet, [{ seq: 1, entity: 'encounter', op: 'upsert', record }])
    ).json()) as PushResponse;
    expect(answer.results[0]?.status).toBe('applied');
    const row = await server.deps.database.db
      .selectFrom('records')
      .selectAll()
      .where('id', '=', record.id)
      .executeTakeFirstOrThrow();
    expect(row.created_at).toBe('2026-11-02T09:30:00.000Z');
    expect(JSON.parse(row.data).createdAt).toBe('2026-11-02T09:30:00.000Z');
  });

  it('an old row with an unreadable timestamp: exports, XLSX and the record page answer 200 with an empty cell', async () => {
    const db = server.deps.database.db;
    const id = '01900000-0000-7000-8000-0000000000aa';
    const outing = {
      id,
      centreId: 'centre-a',
      deviceId: tablet.deviceId,
      agentId,
      createdAt: '2026-11-02T09:30:00+02',
      rev: 1,
      placeKind: 'marche',
      placeLabel: 'Marché test',
      neighbourhood: 'Wazemmes',
      qpv: false,
      startedAt: '2026-11-15T25:00:00,5Z',
    };
    await db
      .insertInto('records')
      .values({
        id,
        entity: 'outing',
        centre_id: 'centre-a',
        device_id: tablet.deviceId,
        agent_id: agentId,
        rev: 1,
        created_at: '2026-11-02T09:30:00.000Z',
        received_at: '2026-11-02T09:30:00.000Z',
        data: JSON.stringify(outing),
        retention_until: null,
      })
      .execute();
    // An old row also got its figures' side tables from migration 010's back-fill.
    await refillFacts(db, { entities: ['outing'] });
    for (const file of ['outings.csv', 'outings.xlsx']) {
      const res = await coord.get(`/exports/${file}?from=2026-11-01&to=2026-11-30`);
      expect([file, res.status]).toEqual([file, 200]);
    }
    const csv = await (await coord.get('/exports/outings.csv?from=2026-11-01&to=2026-11-30')).text();
    expect(csv).toContain('Marché test');
    expect(csv).not.toContain('Invalid');
    const page = await coord.get(`/outings/${id}`);
    expect(page.status).toBe(200);
  });
});
