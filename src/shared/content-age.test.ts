import { describe, expect, it } from 'vitest';
import { guideAge, wholeMonthsBetween } from './content-age';

describe('a guide is to be checked again 6 months after its facts were checked', () => {
  it('counts whole calendar months', () => {
    expect(wholeMonthsBetween('2026-06-01', '2026-12-01')).toBe(6);
    expect(wholeMonthsBetween('2026-06-02', '2026-12-01')).toBe(5);
    expect(wholeMonthsBetween('2025-12-31', '2026-01-30')).toBe(0);
    expect(wholeMonthsBetween('2026-12-01', '2026-12-01')).toBe(0);
  });

  it('flags a guide checked 6 months ago or more, not one checked 5 months ago', () => {
    expect(guideAge('2026-06-01', '2026-12-01')).toEqual({ months: 6, due: true });
    expect(guideAge('2026-02-01', '2026-12-01')).toEqual({ months: 10, due: true });
    expect(guideAge('2026-07-01', '2026-12-01')).toEqual({ months: 5, due: false });
    expect(guideAge('2026-12-01', '2026-12-01')).toEqual({ months: 0, due: false });
  });

  it('flags a guide with no date or a date that does not exist', () => {
    expect(guideAge(undefined, '2026-12-01')).toEqual({ months: null, due: true });
    expect(guideAge('2026-02-30', '2026-12-01')).toEqual({ months: null, due: true });
  });
});
