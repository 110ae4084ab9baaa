import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  happensOn,
  isCalendarDate,
  nextOccurrences,
  occurrenceDates,
  occurrencesBetween,
  type Permanence,
  PermanenceSchema,
  placeKey,
  weekday,
} from './permanences';

const market: Permanence = {
  id: 'p-market',
  centreId: 'arbrisseau',
  placeKind: 'marche',
  placeLabel: 'Marché de Wazemmes',
  neighbourhood: 'Wazemmes',
  qpv: true,
  repeat: 'weekly',
  date: '2026-12-03', // a Thursday
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
  repeat: 'once',
  date: '2026-12-08',
  startTime: '14:00',
  endTime: '16:00',
};

describe('planned permanences', () => {
  it('a weekly permanence happens every 7 days from its first day, on its weekday only', () => {
    expect(weekday('2026-12-03')).toBe(4);
    expect(occurrenceDates(market, '2026-12-01', '2026-12-31')).toEqual([
      '2026-12-03',
      '2026-12-10',
      '2026-12-17',
      '2026-12-24',
      '2026-12-31',
    ]);
    expect(occurrenceDates(market, '2026-11-01', '2026-12-02')).toEqual([]);
    expect(happensOn(market, '2026-12-10')).toBe(true);
    expect(happensOn(market, '2026-12-11')).toBe(false);
  });

  it('a weekly permanence stops after its last day; a one-off happens once', () => {
    const until = { ...market, until: '2026-12-17' };
    expect(occurrenceDates(until, '2026-12-01', '2027-01-31')).toEqual([
      '2026-12-03',
      '2026-12-10',
      '2026-12-17',
    ]);
    expect(occurrenceDates(hall, '2026-12-01', '2026-12-31')).toEqual(['2026-12-08']);
    expect(occurrenceDates(hall, '2026-12-09', '2026-12-31')).toEqual([]);
  });

  it('occurrences across the change to summer time keep their wall-clock day', () => {
    expect(occurrenceDates(market, '2027-03-20', '2027-04-05')).toEqual(['2027-03-25', '2027-04-01']);
  });

  it('orders occurrences by day, then start time', () => {
    const list = occurrencesBetween([market, hall], '2026-12-03', '2026-12-10');
    expect(list.map((o) => `${o.date} ${o.permanence.id}`)).toEqual([
      '2026-12-03 p-market',
      '2026-12-08 p-hall',
      '2026-12-10 p-market',
    ]);
  });

  it('the next occurrences skip one already over today and keep one still going on', () => {
    const during = nextOccurrences([market, hall], '2026-12-03', '10:30', 2);
    expect(during.map((o) => `${o.date} ${o.permanence.id}`)).toEqual([
      '2026-12-03 p-market',
      '2026-12-08 p-hall',
    ]);
    const after = nextOccurrences([market, hall], '2026-12-03', '12:00', 2);
    expect(after.map((o) => `${o.date} ${o.permanence.id}`)).toEqual([
      '2026-12-08 p-hall',
      '2026-12-10 p-market',
    ]);
    const sameNeighbourhood = nextOccurrences(
      [market, hall],
      '2026-12-03',
      '12:00',
      1,
      (p) => p.neighbourhood === 'Wazemmes',
    );
    expect(sameNeighbourhood.map((o) => o.date)).toEqual(['2026-12-10']);
  });

  it('a date must be a real calendar day and a time HH:MM', () => {
    expect(isCalendarDate('2026-02-28')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('3 décembre')).toBe(false);
    expect(v.safeParse(PermanenceSchema, { ...market, startTime: '9h' }).success).toBe(false);
    expect(v.safeParse(PermanenceSchema, { ...market, date: '2026-13-01' }).success).toBe(false);
    expect(v.safeParse(PermanenceSchema, market).success).toBe(true);
  });

  it('place names typed differently are the same place', () => {
    expect(placeKey(' Marché de  Wazemmes ')).toBe(placeKey('marché de wazemmes'));
  });
});
