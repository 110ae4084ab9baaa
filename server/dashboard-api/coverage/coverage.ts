// Coverage (issue 11): for each priority neighbourhood (QPV) of a centre's list, the last visit,
// the planned permanences held vs planned in the period, people met per hour of permanence, and
// whether nobody went there for 30 days. Pure: every number is a count a person can redo.

import type { CoverageRow } from '../../../src/shared/dashboard-api/coverage';
import { daysBetween, occurrenceDates, type Permanence } from '../../../src/shared/permanences';
import type { Encounter, Outing } from '../../../src/shared/records';
import { people } from '../figures/accompaniments';
import { round2 } from '../figures/counts';
import { outingHours } from '../figures/hours';
import { parisDay } from '../period';

/** A neighbourhood of the list not visited for this many days (or never) is flagged. */
export const NOT_VISITED_DAYS = 30;

export interface CoverageInput {
  /** Period days, inclusive, YYYY-MM-DD (Paris). */
  from: string;
  to: string;
  /** Today in Paris: planned occurrences after it are not yet due. */
  today: string;
  neighbourhoods: { centreId: string; name: string; qpv: boolean }[];
  /** Every outing of the centres up to now (the last visit may be older than the period). */
  outings: (Outing & { id: string })[];
  /** The encounters of the period. */
  encounters: Encounter[];
  permanences: Permanence[];
}

const key = (centreId: string, name: string) => `${centreId}\u0000${name.trim().toLocaleLowerCase('fr')}`;

export function coverage(input: CoverageInput): { rows: CoverageRow[]; notVisitedDays: number } {
  const inPeriod = (day: string) => day >= input.from && day <= input.to;
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
  const outingRow = new Map<string, CoverageRow>();
  const heldKeys = new Set<string>();
  for (const o of input.outings) {
    if (o.permanenceId && o.plannedDate) heldKeys.add(`${o.permanenceId} ${o.plannedDate}`);
    const row = rows.get(key(o.centreId, o.neighbourhood));
    if (!row) continue;
    if (!row.lastVisitAt || o.startedAt > row.lastVisitAt) row.lastVisitAt = o.startedAt;
    if (!inPeriod(parisDay(o.startedAt))) continue;
    outingRow.set(o.id, row);
    row.outings++;
    row.hours += outingHours(o) ?? 0;
  }
  for (const e of input.encounters) {
    const row = e.outingId ? outingRow.get(e.outingId) : undefined;
    if (row) row.peopleMet += people([e]).reached;
  }
  for (const p of input.permanences) {
    const row = rows.get(key(p.centreId, p.neighbourhood));
    if (!row || dueUntil < input.from) continue;
    for (const day of occurrenceDates(p, input.from, dueUntil)) {
      row.planned++;
      if (heldKeys.has(`${p.id} ${day}`)) row.held++;
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
