// The encounters by neighbourhood of their outing, when the outings started before the period and
// one place was typed two ways: each place is named as its latest encounter's outing spelt it
// (outing-sums.ts asks the facts for that choice, the counts for the numbers), by agent or not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figures } from '../../../src/shared/dashboard-api/figures';
import { type Client, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { AGENT, encounter, insertRecord, outing } from '../../test-support/records';

const A = 'centre-a';

describe.each(DB_KINDS)('encounters by the place of an earlier outing on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    const at = (createdAt: string, neighbourhood: string) =>
      insertRecord(server, 'outing', outing({ centreId: A, createdAt, neighbourhood }));
    const met = (createdAt: string, outingId: string) =>
      insertRecord(server, 'encounter', encounter({ centreId: A, createdAt, outingId }));
    const w1 = await at('2026-10-01T09:00:00.000Z', 'Wazemmes');
    const w2 = await at('2026-10-02T09:00:00.000Z', 'WAZEMMES');
    const f1 = await at('2026-10-03T09:00:00.000Z', 'Fives');
    const f2 = await at('2026-10-04T09:00:00.000Z', 'fives');
    // Latest encounters on « WAZEMMES » and « Fives » (which the alphabet alone would not choose).
    await met('2026-11-03T09:00:00.000Z', w1);
    await met('2026-11-05T09:00:00.000Z', w2);
    await met('2026-11-04T09:00:00.000Z', f2);
    await met('2026-11-06T09:00:00.000Z', f2);
    await met('2026-11-07T09:00:00.000Z', f1);
    // Earlier ones, so each place counts 5 people (a count under 5 would read « moins de 5 »).
    for (const day of ['01', '02']) await met(`2026-11-${day}T09:00:00.000Z`, f2);
    for (const day of ['01', '02']) await met(`2026-11-${day}T09:00:00.000Z`, w1);
    await met('2026-11-02T10:00:00.000Z', w2);
    coordA = await signIn(server, 'coord-a');
  });
  afterAll(() => server.close());

  it.each(['', `&agent=${AGENT}`])('names each place by its latest encounter%s', async (agent) => {
    const figures = (await (
      await coordA.get(`/figures?from=2026-11-01&to=2026-11-30${agent}`)
    ).json()) as Figures;
    expect(figures.outings.total).toBe(0);
    expect(figures.outings.byNeighbourhood).toEqual([
      { neighbourhood: 'Fives', qpv: true, outings: 0, encounters: 5 },
      { neighbourhood: 'WAZEMMES', qpv: true, outings: 0, encounters: 5 },
    ]);
  });
});
