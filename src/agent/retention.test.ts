import { describe, expect, it } from 'vitest';
import { addMonths, retentionMonths, retentionUntil } from './retention';

const at = new Date('2026-11-14T10:30:00.000Z');

describe('contact retention date', () => {
  it('keeps a call-back-only contact 3 months by default', () => {
    expect(retentionUntil(['rappel'], undefined, at)).toBe('2027-02-14T10:30:00.000Z');
  });

  it('keeps 24 months (CNIL reference) when activities or SMS are agreed, the longest purpose wins', () => {
    expect(retentionUntil(['rappel', 'info_activites'], undefined, at)).toBe('2028-11-14T10:30:00.000Z');
    expect(retentionMonths(['sms'], undefined)).toBe(24);
  });

  it('follows the centre settings per purpose', () => {
    const settings = { monthsByPurpose: { rappel: 6, info_activites: 12, sms: 18 } };
    expect(retentionMonths(['rappel'], settings)).toBe(6);
    expect(retentionMonths(['rappel', 'info_activites'], settings)).toBe(12);
    expect(retentionMonths(['rappel', 'info_activites', 'sms'], settings)).toBe(18);
  });

  it('falls back to the defaults for a purpose the settings lack or set to nonsense', () => {
    const settings = { monthsByPurpose: { rappel: 0 } as never };
    expect(retentionMonths(['rappel'], settings)).toBe(3);
    expect(retentionMonths([], settings)).toBe(24);
  });

  it('clamps to the end of a shorter month', () => {
    expect(addMonths(new Date('2026-11-30T12:00:00Z'), 3).toISOString()).toBe('2027-02-28T12:00:00.000Z');
    expect(addMonths(new Date('2027-11-30T12:00:00Z'), 3).toISOString()).toBe('2028-02-29T12:00:00.000Z');
    expect(addMonths(new Date('2026-01-31T00:00:00Z'), 24).toISOString()).toBe('2028-01-31T00:00:00.000Z');
  });
});
