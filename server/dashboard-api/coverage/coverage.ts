// Coverage (issue 11): for each priority neighbourhood (QPV) of a centre's list, the last visit,
// the planned permanences held vs planned in the period, people met per hour of permanence, and
// whether nobody went there for 30 days. Pure over the sums the database made (coverage-sums.ts):
// every number is a count a person can redo.
import type { CoverageRow as CoverageCells } from '../../../src/shared/dashboard-api/coverage';
import { daysBetween, occurrenceDates, type Permanence } from '../../../src/shared/permanences';
import { protectAverage, protectPeople } from '../../../src/shared/small-cells';
import { neighbourhoodKey } from '../../facts/extract';
import { round2 } from '../figures/counts';
import { parisDay } from '../period';
import type { PlaceSums } from './coverage-sums';

/** A neighbourhood of the list not visited for this many days (or never) is flagged. */
export const NOT_VISITED_DAYS = 30;
const HOUR_MS = 3_600_000;

export interface CoverageInput {
  /** Period days, inclusive, YYYY-MM-DD (Paris). */
  from: string;
  to: string;
  /** Today in Paris: planned occurrences after it are not yet due. */
  today: string;
  neighbourhoods: { centreId: string; name: string; qpv: boolean }[];
  /** Per centre × neighbourhood key: the last visit ever, the period's outings, hours, people met. */
  places: PlaceSums[];
  /** `${permanenceId} ${plannedDate}` of every occurrence an outing held. */
  held: ReadonlySet<string>;
  permanences: Permanence[];
}

/** A row with its raw counts: it leaves the server through protectCoverage only. */
export type CoverageRow = Omit<CoverageCells, 'peopleMet' | 'peoplePerHour'> & {
  peopleMet: number;
  peoplePerHour: number | null;
};

/** The small-cell rule on the people met and the average made of them, as the rows leave the server. */
export function protectCoverage(rows: CoverageRow[]): CoverageCells[] {
  return rows.map((r) => ({
    ...r,
    peopleMet: protectPeople(r.peopleMet),
    peoplePerHour: protectAverage(r.peoplePerHour, r.peopleMet),
  }));
}

const key = (centreId: string, name: string) => `${centreId}\u0000${neighbourhoodKey(name)}`;

export function coverage(input: CoverageInput): { rows: CoverageRow[]; notVisitedDays: number } {
  const dueUntil = [input.to, input.today].sort()[0]!; // planned days after today are not due yet
  const rows = new Map<string, CoverageRow>();
  for (const n of input.neighbourhoods) {
    rows.set(key(n.centreId, n.name), {
      centreId: n.centreId,
      neighbourhood: n.name,
      qpv: n.qpv,
      lastVisitAt: null,
      daysSinceLastVisit: null,
      notVisited: true,
      planned: 0,
      held: 0,
      outings: 0,
      hours: 0,
      peopleMet: 0,
      peoplePerHour: null,
    });
  }
  for (const place of input.places) {
    const row = rows.get(`${place.centreId}\u0000${place.key}`);
    if (!row) continue;
    row.lastVisitAt = place.lastVisitAt;
    row.outings = place.outings;
    row.hours = place.ms / HOUR_MS;
    row.peopleMet = place.peopleMet;
  }
  for (const p of input.permanences) {
    const row = rows.get(key(p.centreId, p.neighbourhood));
    if (!row || dueUntil < input.from) continue;
    for (const day of occurrenceDates(p, input.from, dueUntil)) {
      row.planned++;
      if (input.held.has(`${p.id} ${day}`)) row.held++;
    }
  }
  for (const row of rows.values()) {
    row.hours = round2(row.hours);
    row.peoplePerHour = row.hours > 0 ? round2(row.peopleMet / row.hours) : null;
    if (row.lastVisitAt) {
      row.daysSinceLastVisit = daysBetween(parisDay(row.lastVisitAt), input.today);
      row.notVisited = row.daysSinceLastVisit >= NOT_VISITED_DAYS;
    }
  }
  const sorted = [...rows.values()].sort(
    (a, b) =>
      Number(b.notVisited) - Number(a.notVisited) ||
      (b.daysSinceLastVisit ?? Number.MAX_SAFE_INTEGER) - (a.daysSinceLastVisit ?? Number.MAX_SAFE_INTEGER) ||
      a.neighbourhood.localeCompare(b.neighbourhood, 'fr'),
  );
  return { rows: sorted, notVisitedDays: NOT_VISITED_DAYS };
}
