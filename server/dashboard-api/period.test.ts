import { describe, expect, it } from 'vitest';
import { frenchDate, frenchTime, parisDay, parisMidnight, parsePeriod } from './period';

describe('periods are calendar days in Paris', () => {
  it('starts a winter day at 23:00 UTC the day before, a summer day at 22:00', () => {
    expect(parisMidnight('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(parisMidnight('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  it('gets the days when the clocks change right', () => {
    // 29 March 2026: clocks go forward at 02:00 (the day starts in winter time).
    expect(parisMidnight('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(parisMidnight('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    // 25 October 2026: clocks go back at 03:00.
    expect(parisMidnight('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(parisMidnight('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('defaults to the current month and includes the last day', () => {
    const p = parsePeriod(undefined, undefined, new Date('2026-02-10T12:00:00Z'));
    expect(p).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
      startIso: '2026-01-31T23:00:00.000Z',
      endIso: '2026-02-28T23:00:00.000Z',
    });
  });

  it('refuses impossible dates and a period that ends before it starts, in words', () => {
    expect(() => parsePeriod('2026-02-30', '2026-03-01', new Date())).toThrow('from');
    expect(() => parsePeriod('2026-03-10', '2026-03-01', new Date())).toThrow('avant son début');
  });

  it('writes dates and times as French spreadsheets read them', () => {
    expect(parisDay('2026-11-30T23:30:00.000Z')).toBe('2026-12-01');
    expect(frenchDate('2026-11-30T22:30:00.000Z')).toBe('30/11/2026');
    expect(frenchTime('2026-07-01T07:05:00.000Z')).toBe('09:05');
    expect(frenchDate(undefined)).toBe('');
  });
});
