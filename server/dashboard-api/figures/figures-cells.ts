// The figures page and the funders' reports (CAF, FEDER) as they leave the server: every count of
// people passes the small-cell rule (src/shared/small-cells.ts), as the kiosk counts
// (kiosk-cells.ts), the journeys, the needs by neighbourhood and the SMS answers do. A count of
// people is one of encounters (one encounter is one person met, a collective session its
// participants), of the people reached, of the answers to a survey, of a profile's people. Counts
// of outings and of collective sessions count events, and hours and minutes are durations: they
// stay numbers. Totals are computed before this (compute.ts), from the raw counts: a page cannot
// add masked cells.
import type {
  CafHours,
  CafReport,
  Cells,
  EuReport,
  Figures,
} from '../../../src/shared/dashboard-api/figures';
import { protectPeople as p, protectAverage } from '../../../src/shared/small-cells';
import type { computeFigures, CafReport as RawCaf, EuReport as RawEu } from './compute';

type RawFigures = ReturnType<typeof computeFigures>;

/** Every count of a taxonomy's ids, protected (0 stays 0). */
export const cells = (counts: Record<string, number>): Cells =>
  Object.fromEntries(Object.entries(counts).map(([id, n]) => [id, p(n)]));

function accompaniments(a: RawFigures['accompaniments']): Figures['accompaniments'] {
  return {
    total: p(a.total),
    individuel: p(a.individuel),
    // Sessions, not people: their participants are the people.
    collectif: a.collectif,
    collectifParticipants: p(a.collectifParticipants),
    information: p(a.information),
  };
}

function orientations(o: RawFigures['orientations']): Figures['orientations'] {
  return {
    total: p(o.total),
    byRedirectionKind: cells(o.byRedirectionKind),
    byPartner: o.byPartner.map((x) => ({ ...x, count: p(x.count) })),
  };
}

/** Hours and minutes are durations and outings are events; the accompaniments they count are people. */
function hours(h: RawFigures['hours']): CafHours {
  return {
    permanence: h.permanence,
    accompaniment: { ...h.accompaniment, withoutDuration: p(h.accompaniment.withoutDuration) },
    equipment: {
      count: cells(h.equipment.count),
      minutes: h.equipment.minutes,
      notSaid: p(h.equipment.notSaid),
    },
  };
}

const volunteers = (v: RawFigures['volunteers']) =>
  v && { accompaniments: p(v.accompaniments), peopleReached: p(v.peopleReached) };

/** GET /figures, its kiosk counts already protected (they need the guides' titles first). */
export function protectFigures(f: RawFigures, kiosk: Figures['kiosk']): Figures {
  const pr = f.profile;
  return {
    period: f.period,
    centreIds: f.centreIds,
    empty: f.empty,
    volunteers: volunteers(f.volunteers),
    accompaniments: accompaniments(f.accompaniments),
    people: { reached: p(f.people.reached), firstTime: p(f.people.firstTime) },
    outings: {
      ...f.outings,
      byNeighbourhood: f.outings.byNeighbourhood.map((n) => ({ ...n, encounters: p(n.encounters) })),
    },
    themes: cells(f.themes),
    subThemes: cells(f.subThemes),
    institutions: cells(f.institutions),
    actions: cells(f.actions),
    orientations: orientations(f.orientations),
    profile: {
      sex: cells(pr.sex),
      ageBand: cells(pr.ageBand),
      euAgeBand: cells(pr.euAgeBand),
      coopAgeBand: cells(pr.coopAgeBand),
      socialStatus: cells(pr.socialStatus),
      livesInQpv: cells(pr.livesInQpv),
    },
    autonomy: cells(f.autonomy),
    kiosk,
    survey: {
      responses: p(f.survey.responses),
      byStatement: f.survey.byStatement.map((s) => ({
        statementId: s.statementId,
        // Never null here: a statement nobody answered is not listed.
        average: protectAverage(s.average, s.answers) ?? s.average,
        answers: p(s.answers),
        reversed: s.reversed,
      })),
    },
    hours: hours(f.hours),
  };
}

export function protectCaf(r: RawCaf, peopleWithCard: CafReport['peopleWithCard']): CafReport {
  return {
    period: r.period,
    centreIds: r.centreIds,
    empty: r.empty,
    accompaniments: accompaniments(r.accompaniments),
    visits: {
      outings: r.visits.outings,
      peopleReached: p(r.visits.peopleReached),
      firstTime: p(r.visits.firstTime),
    },
    // Sorted by the raw counts (compute.ts), before masking.
    reasons: r.reasons.map((x) => ({ institution: x.institution, count: p(x.count) })),
    subThemes: cells(r.subThemes),
    reorientations: orientations(r.reorientations),
    hours: hours(r.hours),
    volunteers: volunteers(r.volunteers),
    peopleWithCard,
  };
}

const sexes = <T extends { feminin: number; masculin: number; non_communique: number; total: number }>(
  x: T,
) => ({
  feminin: p(x.feminin),
  masculin: p(x.masculin),
  non_communique: p(x.non_communique),
  total: p(x.total),
});

export function protectEu(r: RawEu, peopleWithCard: EuReport['peopleWithCard']): EuReport {
  return {
    period: r.period,
    centreIds: r.centreIds,
    empty: r.empty,
    participants: p(r.participants),
    bySex: cells(r.bySex) as EuReport['bySex'],
    byAgeBand: cells(r.byAgeBand),
    rows: r.rows.map((row) => ({ ageBand: row.ageBand, ...sexes(row) })),
    total: sexes(r.total),
    collectifParticipants: p(r.collectifParticipants),
    note: r.note,
    peopleWithCard,
  };
}
