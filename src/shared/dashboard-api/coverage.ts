// The dashboard API's coverage answer (server/dashboard-api/API.md "Coverage"), typed once:
// server/dashboard-api/coverage/coverage.ts computes these rows and the coverage page reads them.
import type { PeopleCell, SMALL_CELL } from '../small-cells';

/** One priority neighbourhood of a centre over the period. */
export interface CoverageRow {
  centreId: string;
  neighbourhood: string;
  qpv: boolean;
  lastVisitAt: string | null;
  daysSinceLastVisit: number | null;
  notVisited: boolean;
  planned: number;
  held: number;
  outings: number;
  hours: number;
  /** People met, under the small-cell rule; planned, held and outings are events, hours a duration. */
  peopleMet: PeopleCell;
  /** « moins de 5 » with the people met it is made of. */
  peoplePerHour: number | null | typeof SMALL_CELL;
}

/** GET /coverage. */
export interface Coverage {
  period: { from: string; to: string };
  centreIds: string[];
  rows: CoverageRow[];
  notVisitedDays: number;
}
