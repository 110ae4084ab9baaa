// Issue 9, "Retention is the centre's decision": the server stores the earlier of the tablet's
// retentionUntil and consentAt + the centre's policy for the purposes consented to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seal } from '../../src/crypto/seal';
import type { PushResponse } from '../../src/shared/protocol';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import {
  contactRecord,
  enrolTablet,
  pushRequest,
  seedWorld,
  type Tablet,
  type World,
} from '../test-support/sync';

describe.each(DB_KINDS)('retention is capped by the centre policy on %s', (kind) => {
  let server: TestServer;
  let world: World;
  let tablet: Tablet;
  let seq = 0;
  const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);

  beforeAll(async () => {
    server = await createTestServer(kind);
    world = await seedWorld(server.deps);
    tablet = await enrolTablet(server.deps, fetcher, world.centreA);
  });
  afterAll(() => server.close());

  async function stored(overrides: Record<string, unknown>) {
    const box = await seal(
      { firstName: 'Nadia', language: 'fr', preferredChannel: 'telephone' },
      tablet.centre.publicKey,
    );
    const record = contactRecord(tablet, world.agentA, box, overrides);
    seq += 1;
    const answer = (await (
      await pushRequest(fetcher, tablet, [{ seq, entity: 'contact', op: 'upsert', record }])
    ).json()) as PushResponse;
    expect(answer.results[0]?.status).toBe('applied');
    const row = await server.deps.database.db
      .selectFrom('records')
      .selectAll()
      .where('id', '=', record.id as string)
      .executeTakeFirstOrThrow();
    return { column: row.retention_until, data: JSON.parse(row.data) as Record<string, unknown> };
  }

  it('9999-12-31 asked for a reminder is cut to consentAt + 3 months (the default policy for rappel)', async () => {
    const { column, data } = await stored({
      consentPurposes: ['rappel'],
      retentionUntil: '9999-12-31T00:00:00.000Z',
    });
    expect(column).toBe('2027-02-02T09:30:00.000Z');
    expect(data.retentionUntil).toBe('2027-02-02T09:30:00.000Z');
    expect(data.clientRetentionUntil).toBe('9999-12-31T00:00:00.000Z');
  });

  it('several purposes: the longest of their periods', async () => {
    const { column } = await stored({
      consentPurposes: ['rappel', 'info_activites'],
      retentionUntil: '9999-12-31T00:00:00.000Z',
    });
    expect(column).toBe('2028-11-02T09:30:00.000Z');
  });

  it('an earlier date asked by the tablet is kept', async () => {
    const { column, data } = await stored({ retentionUntil: '2026-12-01T00:00:00.000Z' });
    expect(column).toBe('2026-12-01T00:00:00.000Z');
    expect(data.clientRetentionUntil).toBeUndefined();
  });

  it('the centre’s own policy applies (1 month for rappel)', async () => {
    const db = server.deps.database.db;
    const row = await db
      .selectFrom('centres')
      .select('settings')
      .where('id', '=', 'centre-a')
      .executeTakeFirstOrThrow();
    const settings = JSON.parse(row.settings);
    settings.retention.monthsByPurpose.rappel = 1;
    await db
      .updateTable('centres')
      .set({ settings: JSON.stringify(settings) })
      .where('id', '=', 'centre-a')
      .execute();
    const { column } = await stored({ retentionUntil: '2030-01-01T00:00:00.000Z' });
    expect(column).toBe('2026-12-02T09:30:00.000Z');
  });

  it('a consent dated in the future counts from the server’s clock, not the tablet’s', async () => {
    const { column } = await stored({
      consentAt: '2027-06-01T00:00:00.000Z',
      retentionUntil: '2030-01-01T00:00:00.000Z',
    });
    expect(column).toBe('2026-12-02T10:00:00.000Z');
  });
});
