import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFromPermanence } from '../agent/permanences';
import { testContext } from '../agent/test-support/context';
import type { Permanence } from '../shared/permanences';
import { readNextVisits } from './next-visits';

let t: Awaited<ReturnType<typeof testContext>>;
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
  repeat: 'weekly',
  date: '2026-11-26',
  startTime: '09:00',
  endTime: '12:00',
  agentIds: ['agent-1'],
};
const square: Permanence = {
  ...market,
  id: 'p-square',
  placeKind: 'pied_immeuble',
  placeLabel: 'Place Nouvelle-Aventure',
  repeat: 'once',
  date: '2026-12-05',
  startTime: '10:00',
};
const moulins: Permanence = {
  ...market,
  id: 'p-moulins',
  placeKind: 'hall_immeuble',
  placeLabel: 'Hall rue Jules-Guesde',
  neighbourhood: 'Moulins',
  repeat: 'once',
  date: '2026-12-04',
};

describe('« La borne revient » on the kiosk', () => {
  it('where the borne stands: the next day it is planned here, then the next ones nearby', async () => {
    await t.db.permanences.bulkPut([market, square, moulins]);
    await startFromPermanence(t.ctx, market, '2026-12-03');
    const visits = await readNextVisits(t.db, THURSDAY);
    expect(visits.placeKnown).toBe(true);
    expect(visits.here && [visits.here.permanence.id, visits.here.date]).toEqual(['p-market', '2026-12-10']);
    // Same neighbourhood first (Saturday's square), then the centre's others (Friday in Moulins).
    expect(visits.nearby.map((o) => o.permanence.id)).toEqual(['p-square', 'p-moulins']);
  });

  it('with no outing open, the centre’s next permanences', async () => {
    await t.db.permanences.bulkPut([market, square, moulins]);
    const visits = await readNextVisits(t.db, new Date(2026, 11, 3, 13, 0));
    expect(visits.placeKnown).toBe(false);
    expect(visits.here).toBeUndefined();
    expect(visits.nearby.map((o) => `${o.permanence.id} ${o.date}`)).toEqual([
      'p-moulins 2026-12-04',
      'p-square 2026-12-05',
      'p-market 2026-12-10',
    ]);
  });

  it('nothing planned: nothing to say', async () => {
    const visits = await readNextVisits(t.db, THURSDAY);
    expect(visits.here).toBeUndefined();
    expect(visits.nearby).toEqual([]);
  });
});
