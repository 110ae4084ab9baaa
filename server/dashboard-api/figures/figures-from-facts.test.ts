// The figures come from the side tables filled at push (server/facts/), never from the records'
// JSON bodies: with every stored body scrambled after the hand-counted month was recorded, every
// figure, report, the coverage and the home's counts are still the same. And no figure module reads
// a period's records.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { seedHandCountMonth } from '../../test-support/figures-month';

const PAGES = [
  '/figures?from=2026-11-01&to=2026-11-30',
  '/reports/caf?from=2026-11-01&to=2026-11-30',
  '/reports/eu?from=2026-11-01&to=2026-11-30',
  '/figures/outcomes?from=2026-11-01&to=2026-11-30',
  '/coverage?from=2026-11-01&to=2026-11-30',
  '/home',
];

describe.each(DB_KINDS)('the figures are counted from the side tables on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;

  beforeAll(async () => {
    server = await createTestServer(kind);
    server.setNow(new Date('2026-11-28T10:00:00.000Z'));
    await seedCentres(server);
    await seedHandCountMonth(server);
    coordA = await signIn(server, 'coord-a');
  });
  afterAll(() => server.close());

  it('answers the same figures with every record body scrambled after the push', async () => {
    const before = await Promise.all(PAGES.map(async (p) => (await coordA.get(p)).json()));
    const figures = before[0] as { accompaniments: { total: number } };
    expect(figures.accompaniments.total).toBeGreaterThan(0);
    await server.deps.database.db
      .updateTable('records')
      .set({ data: '{"scrambled":true}' })
      .where('entity', '!=', 'contact')
      .execute();
    const after = await Promise.all(PAGES.map(async (p) => (await coordA.get(p)).json()));
    for (const [i, page] of PAGES.entries()) expect(after[i], page).toEqual(before[i]);
  });
});

describe('no figure reads the records of a period', () => {
  it('the figures, reports, coverage and home modules never call loadRecords nor parse records', () => {
    const dirs = [
      'server/dashboard-api/figures',
      'server/dashboard-api/coverage',
      'server/dashboard-api/home',
    ];
    const files = dirs.flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        .map((f) => join(d, f)),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const text = readFileSync(f, 'utf8');
      expect(text, f).not.toMatch(/\bloadRecords(ById)?\b/);
      expect(text, f).not.toMatch(/selectFrom\('records'\)/);
    }
  });
});
