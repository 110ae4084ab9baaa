import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Permanence } from '../shared/permanences';
import { outingSuggestions } from './outing-suggestions';
import { type OutingForm, startOuting } from './outings';
import { testContext } from './test-support/context';

let t: Awaited<ReturnType<typeof testContext>>;
beforeEach(async () => {
  t = await testContext();
});
afterEach(() => t.dispose());

const hall: OutingForm = {
  placeKind: 'hall_immeuble',
  placeLabel: 'Hall 12 rue Jules-Guesde',
  neighbourhood: 'moulins ',
  qpv: true,
  commune: 'Lille',
};
const plan = (id: string, placeLabel: string, neighbourhood: string): Permanence => ({
  id,
  centreId: 'arbrisseau',
  placeKind: 'marche',
  placeLabel,
  neighbourhood,
  qpv: true,
  repeat: 'weekly',
  date: '2026-11-05',
  startTime: '09:00',
  endTime: '12:00',
  agentIds: [],
});

describe('the outing form’s suggestions', () => {
  it('offers the last outings, then the plan’s places; the centre’s list, then the neighbourhoods seen', async () => {
    await startOuting(t.ctx, hall);
    await t.db.permanences.bulkPut([
      plan('p1', 'Marché de Wazemmes', 'Wazemmes'),
      plan('p2', 'Marché de Wazemmes', 'Wazemmes'), // the same place twice in the plan
      plan('p3', 'Marché de Fives', 'Fives'),
    ]);
    const s = await outingSuggestions(t.db, {
      id: 'arbrisseau',
      neighbourhoods: [
        { name: 'Moulins', qpv: true },
        { name: 'Vieux-Lille', qpv: false },
      ],
    });
    expect(s.places.map((p) => p.placeLabel)).toEqual([
      'Hall 12 rue Jules-Guesde',
      'Marché de Wazemmes',
      'Marché de Fives',
    ]);
    expect(s.places[1]).toEqual({
      placeKind: 'marche',
      placeLabel: 'Marché de Wazemmes',
      neighbourhood: 'Wazemmes',
      qpv: true,
      commune: '',
    });
    // « moulins » of the last outing is the list's « Moulins »: offered once, as the list writes it.
    expect(s.neighbourhoods).toEqual([
      { name: 'Moulins', qpv: true },
      { name: 'Vieux-Lille', qpv: false },
      { name: 'Wazemmes', qpv: true },
      { name: 'Fives', qpv: true },
    ]);
  });

  it('offers nothing on a new tablet, and only its own centre’s plan', async () => {
    await t.db.permanences.put({ ...plan('x', 'Marché de Roubaix', 'Alma'), centreId: 'autre-centre' });
    expect(await outingSuggestions(t.db, { id: 'arbrisseau' })).toEqual({ places: [], neighbourhoods: [] });
  });
});
