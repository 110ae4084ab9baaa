// The dashboard API's coverage answer (server/dashboard-api/API.md "Coverage"), typed once:
// server/dashboard-api/coverage/coverage.ts computes these rows and the coverage page reads them.

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
  peopleMet: number;
  peoplePerHour: number | null;
}

/** GET /coverage. */
export interface Coverage {
  period: { from: string; to: string };
  centreIds: string[];
  rows: CoverageRow[];
  notVisitedDays: number;
}
