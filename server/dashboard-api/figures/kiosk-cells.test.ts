// The small-cell rule on the kiosk figures, at its edge: 5 is shown, 4 is « moins de 5 », 0 stays
// 0, and the totals by hour are added before masking (4 + 4 at the same hour are 8, shown).
import { describe, expect, it } from 'vitest';
import type { KioskEvent } from '../../../src/shared/records';
import { kioskUse } from './kiosk';
import { protectKiosk } from './kiosk-cells';

let n = 0;
const help = (at: string, step: number): KioskEvent => ({
  id: `00000000-0000-7000-8000-${String(++n).padStart(12, '0')}`,
  centreId: 'c',
  deviceId: 'd',
  agentId: 'a',
  createdAt: at,
  rev: 1,
  language: 'fr',
  at,
  event: 'help_request',
  guideId: 'caf',
  step,
});

describe('kiosk figures under the small-cell rule', () => {
  it('shows 5 and more, hides 1 to 4, keeps 0, and adds the hours before hiding', () => {
    // Monday 1 Dec. 2025 09:30 UTC (10:30 Paris): 5 at step 2; Tuesday 10:30: 4 at step 3.
    const events = [
      ...Array.from({ length: 5 }, () => help('2025-12-01T09:30:00Z', 2)),
      ...Array.from({ length: 4 }, () => help('2025-12-02T09:30:00Z', 3)),
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
