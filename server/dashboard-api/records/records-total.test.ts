// The encounters list counts its total up to 10,000 (RECORDS_TOTAL_CAP): a territory's year is not
// counted to its last row for a page of 50. At the cap exactly the total is exact; one more and it
// says « plus de 10 000 » (totalCapped) — counted from the side index alone (value filters) or
// with the encounters' own columns (a type filter), the same answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORDS_TOTAL_CAP } from '../../../src/shared/dashboard-api/records';
import { type Client, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { encounter, insertRecords } from '../../test-support/records';

const PERIOD = 'from=2026-11-01&to=2026-11-30';
const QUERIES = [
  '',
  'theme=email&institution=caf',
  'theme=email&theme=bureautique',
  'type=individuel&institution=caf',
];

describe.each(DB_KINDS)('the encounters total, counted up to 10,000, on %s', (kind) => {
  let server: TestServer;
  let admin: Client;

  const made = (n: number, from: number) =>
    Array.from({ length: n }, (_, i) =>
      encounter({
        centreId: (from + i) % 2 ? 'centre-a' : 'centre-c',
        createdAt: new Date(Date.UTC(2026, 10, 3, 8) + (from + i) * 60_000).toISOString(),
        themes: (from + i) % 3 ? ['email'] : ['email', 'bureautique'],
        institutions: ['caf'],
      }),
    );
  const totals = async () =>
    Promise.all(
      QUERIES.map(async (q) => {
        const res = await admin.get(`/encounters?${PERIOD}&pageSize=1&${q}`);
        expect(res.status).toBe(200);
        const { total, totalCapped } = (await res.json()) as { total: number; totalCapped: boolean };
        return { q, total, totalCapped };
      }),
    );

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    await insertRecords(server, 'encounter', made(RECORDS_TOTAL_CAP, 0));
    admin = await signIn(server, 'admin');
  }, 300_000);
  afterAll(() => server.close());

  it('counts exactly up to 10,000, then says there are more', async () => {
    expect(RECORDS_TOTAL_CAP).toBe(10_000);
    expect(await totals()).toEqual(QUERIES.map((q) => ({ q, total: 10_000, totalCapped: false })));
    await insertRecords(server, 'encounter', made(1, RECORDS_TOTAL_CAP));
    expect(await totals()).toEqual(QUERIES.map((q) => ({ q, total: 10_000, totalCapped: true })));
  }, 120_000);
});
