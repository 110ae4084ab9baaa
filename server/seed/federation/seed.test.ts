// The federation seed (scale benchmark) stores what a push would: records the dashboard lists and
// counts through the side tables, the same facts as the push's rule, and it refuses to seed twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { seedFederation } from './seed';

const PASSWORD = 'banc-essai-federation';

describe.each(DB_KINDS)('seed-federation on %s', (kind) => {
  let server: TestServer;
  let result: Awaited<ReturnType<typeof seedFederation>>;

  beforeAll(async () => {
    server = await createTestServer(kind);
    result = await seedFederation(server.deps, {
      centres: 2,
      territories: 2,
      year: 2026,
      months: 1,
      password: PASSWORD,
    });
  }, 120_000);
  afterAll(() => server.close());

  it('gives each centre a January of records, listed and counted by the dashboard', async () => {
    const db = server.deps.database.db;
    const stored = await db
      .selectFrom('records')
      .select(['entity', (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy('entity')
      .execute();
    expect(Object.fromEntries(stored.map((r) => [r.entity, Number(r.n)]))).toEqual(result.byEntity);
    expect(result.byEntity.encounter).toBeGreaterThan(2 * 20 * 22); // 22 weekdays, 20+ a day each
    const admin = await signIn(server, result.users.admin, PASSWORD);
    const list = (await (await admin.get('/encounters?from=2026-01-01&to=2026-01-31')).json()) as {
      total: number;
    };
    // The seed's days run from 07:00 to 17:00 UTC: every record falls in Paris's January.
    expect(list.total).toBe(result.byEntity.encounter);
    const territory = await signIn(server, result.users.territory, PASSWORD);
    const mine = (await (await territory.get('/encounters?from=2026-01-01&to=2026-01-31')).json()) as {
      total: number;
      items: { centreId: string }[];
    };
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.total).toBeLessThan(list.total);
    expect(new Set(mine.items.map((r) => r.centreId))).toEqual(new Set([result.firstCentreId]));
    const queue = (await (await admin.get('/follow-ups?pageSize=1')).json()) as { total: number };
    expect(queue.total).toBe(result.byEntity.contact);
  });

  it('refuses a database that already holds records', async () => {
    await expect(
      seedFederation(server.deps, { centres: 1, territories: 1, year: 2026, months: 1, password: PASSWORD }),
    ).rejects.toThrow(/déjà des enregistrements/);
  });
});
