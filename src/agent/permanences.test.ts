import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Permanence } from '../shared/permanences';
import { plannedToday, startFromPermanence } from './permanences';
import { testContext } from './test-support/context';

let t: Awaited<ReturnType<typeof testContext>>;
// Thursday 3 December 2026, 10:00 on the tablet's clock.
const THURSDAY = new Date(2026, 11, 3, 10, 0);
beforeEach(async () => {
  t = await testContext(THURSDAY);
});
afterEach(() => t.dispose());

const market: Permanence = {
  id: 'p-market',
  centreId: 'arbrisseau',
  placeKind: 'marche',
  placeLabel: 'Marché de Wazemmes',
  neighbourhood: 'Wazemmes',
  qpv: true,
  commune: 'Lille',
  repeat: 'weekly',
  date: '2026-11-26',
  startTime: '09:00',
  endTime: '12:00',
  agentIds: [],
};
const hall: Permanence = {
  ...market,
  id: 'p-hall',
  placeKind: 'hall_immeuble',
  placeLabel: 'Hall rue Jules-Guesde',
  neighbourhood: 'Moulins',
  startTime: '14:00',
  endTime: '16:00',
  agentIds: ['agent-1'],
};
const friday: Permanence = { ...market, id: 'p-friday', date: '2026-11-27' };

describe('today’s planned permanences on the tablet', () => {
  it('proposes only today’s permanences, the agent’s own first', async () => {
    await t.db.permanences.bulkPut([market, hall, friday]);
    const list = await plannedToday(t.db, 'agent-1', THURSDAY);
    expect(list.map((p) => [p.permanence.id, p.mine, p.held])).toEqual([
      ['p-hall', true, false],
      ['p-market', false, false],
    ]);
  });

  it('one tap starts the outing from the plan: its place, its id and day; the plan reads held', async () => {
    await t.db.permanences.put(market);
    const outing = await startFromPermanence(t.ctx, market, '2026-12-03');
    expect(outing).toMatchObject({
      placeKind: 'marche',
      placeLabel: 'Marché de Wazemmes',
      neighbourhood: 'Wazemmes',
      qpv: true,
      commune: 'Lille',
      permanenceId: 'p-market',
      plannedDate: '2026-12-03',
    });
    const [entry] = await t.db.outbox.toArray();
    expect(entry?.record).toMatchObject({ permanenceId: 'p-market', plannedDate: '2026-12-03' });
    expect((await plannedToday(t.db, 'agent-1', THURSDAY))[0]?.held).toBe(true);
    // Next Thursday the same plan is proposed again, not held yet.
    const next = new Date(2026, 11, 10, 10, 0);
    expect((await plannedToday(t.db, 'agent-1', next))[0]?.held).toBe(false);
  });
});

describe('the plan pulled from the server', () => {
  it('a pulled permanence is stored for offline use; a pulled deletion removes it', async () => {
    const { applyPullPage } = await import('../sync/apply-pull');
    await applyPullPage(t.db, [{ entity: 'permanence', id: market.id, version: 5, record: market }], 'c1');
    expect(await t.db.permanences.get(market.id)).toEqual(market);
    await applyPullPage(t.db, [{ entity: 'permanence', id: market.id, version: 6, deleted: true }], 'c2');
    expect(await t.db.permanences.count()).toBe(0);
    const bad = { ...market, startTime: '9h' };
    const result = await applyPullPage(
      t.db,
      [{ entity: 'permanence', id: market.id, version: 7, record: bad }],
      'c3',
    );
    expect(result.skipped).toBe(1);
  });
});
