import { describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../../src/shared/records';
import { kioskUse, parisWeekdayHour } from './kiosk';
import { protectKiosk } from './kiosk-cells';

let n = 0;
function event(at: string, fields: Partial<KioskEvent> & Pick<KioskEvent, 'event'>): KioskEvent {
  n++;
  return {
    id: `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`,
    centreId: 'c',
    deviceId: 'd',
    agentId: 'a',
    createdAt: at,
    rev: 1,
    language: 'fr',
    at,
    ...fields,
  };
}

describe('kiosk figures', () => {
  it('places each event in its Paris weekday and hour (winter and summer time)', () => {
    // Monday 1 Dec. 2025 09:30 UTC = 10:30 in Paris; Sunday 6 July 2025 22:15 UTC = Monday 00:15.
    expect(parisWeekdayHour('2025-12-01T09:30:00Z')).toEqual({ weekday: 0, hour: 10 });
    expect(parisWeekdayHour('2025-07-06T22:15:00Z')).toEqual({ weekday: 0, hour: 0 });
    expect(parisWeekdayHour('2025-07-05T12:00:00Z')).toEqual({ weekday: 5, hour: 14 });
  });

  it('counts per guide the openings, completions and where people stop, by step', () => {
    const at = '2025-12-01T09:30:00Z';
    const f = kioskUse([
      event(at, { event: 'open', guideId: 'caf' }),
      event(at, { event: 'abandon', guideId: 'caf', step: 2 }),
      event(at, { event: 'open', guideId: 'caf' }),
      event(at, { event: 'abandon', guideId: 'caf', step: 2 }),
      event(at, { event: 'open', guideId: 'caf' }),
      event(at, { event: 'abandon', guideId: 'caf' }), // left on the first screen: step 0
      event(at, { event: 'open', guideId: 'caf' }),
      event(at, { event: 'complete', guideId: 'caf' }),
      event(at, { event: 'open', guideId: 'ameli' }),
      event(at, { event: 'abandon', guideId: 'ameli', step: 5 }),
    ]);
    expect(f.guidesAbandoned).toBe(4);
    expect(f.byGuide).toEqual([
      {
        guideId: 'caf',
        opened: 4,
        completed: 1,
        abandoned: 3,
        abandonByStep: [
          { step: 0, count: 1 },
          { step: 2, count: 2 },
        ],
        helpRequests: 0,
      },
      {
        guideId: 'ameli',
        opened: 1,
        completed: 0,
        abandoned: 1,
        abandonByStep: [{ step: 5, count: 1 }],
        helpRequests: 0,
      },
    ]);
  });

  it('counts help requests by guide and step, interest by activity, searches that found nothing', () => {
    const at = '2025-12-02T14:05:00Z'; // Tuesday 15:05 in Paris
    const f = kioskUse([
      event(at, { event: 'help_request', guideId: 'caf', step: 3 }),
      event(at, { event: 'help_request', guideId: 'caf', step: 3 }),
      event(at, { event: 'help_request' }),
      event(at, { event: 'interest', activityId: 'atelier-1' }),
      event(at, { event: 'search_miss' }),
      event(at, { event: 'search_miss' }),
      event(at, { event: 'search_hit' }),
      event(at, { event: 'step', guideId: 'caf', step: 3 }), // a step is part of a use, not a new one
    ]);
    expect(f.helpRequests).toBe(3);
    expect(f.helpByPlace).toEqual([{ guideId: 'caf', step: 3, count: 2 }, { count: 1 }]);
    expect(f.byGuide.find((g) => g.guideId === 'caf')?.helpRequests).toBe(2);
    expect(f.interestByActivity).toEqual([{ activityId: 'atelier-1', count: 1 }]);
    expect(f.searches).toBe(3);
    expect(f.searchesWithoutResult).toBe(2);
    // Each use counts at its Paris time: 7 on Tuesday at 15 h, nothing else.
    expect(f.byWeekdayHour[1]![15]).toBe(7);
    expect(f.byWeekdayHour.flat().reduce((a, b) => a + b, 0)).toBe(7);
  });
});

// The small-cell rule on the kiosk figures, at its edge: 5 is shown, 4 is « moins de 5 », 0 stays
// 0, and the totals by hour are added before masking (5 + 4 at the same hour are 9, shown).
describe('kiosk figures under the small-cell rule', () => {
  it('shows 5 and more, hides 1 to 4, keeps 0, and adds the hours before hiding', () => {
    // Monday 1 Dec. 2025 09:30 UTC (10:30 Paris): 5 at step 2; Tuesday 10:30: 4 at step 3.
    const events = [
      ...Array.from({ length: 5 }, () =>
        event('2025-12-01T09:30:00Z', { event: 'help_request', guideId: 'caf', step: 2 }),
      ),
      ...Array.from({ length: 4 }, () =>
        event('2025-12-02T09:30:00Z', { event: 'help_request', guideId: 'caf', step: 3 }),
      ),
    ];
    const raw = kioskUse(events);
    const k = protectKiosk({ ...raw, byGuide: raw.byGuide.map((g) => ({ ...g, title: 'CAF' })) });
    expect(k.helpRequests).toBe(9);
    expect(k.helpByPlace).toEqual([
      { guideId: 'caf', step: 2, count: 5 },
      { guideId: 'caf', step: 3, count: 'moins_de_5' },
    ]);
    expect(k.byGuide[0]).toMatchObject({ guideId: 'caf', title: 'CAF', helpRequests: 9, opened: 0 });
    expect(k.byWeekdayHour[0]![10]).toBe(5);
    expect(k.byWeekdayHour[1]![10]).toBe('moins_de_5');
    expect(k.byWeekdayHour[2]![10]).toBe(0);
    expect(k.byHour[10]).toBe(9);
    expect(k.interest).toBe(0);
  });
});
