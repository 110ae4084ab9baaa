// The dashboard's figures and the two funders' reports, as pure functions of the sums the database
// made for a period and scope (load.ts). Every number is a count a person could redo by hand.

import type { Figures } from '../../../src/shared/dashboard-api/figures';
import { accompaniments, people } from './accompaniments';
import type { EncounterSums } from './encounter-sums';
import { accompanimentTime, equipmentUse, permanenceHours } from './hours';
import { type KioskSums, kioskFigures } from './kiosk';
import type { OutingSums } from './outing-sums';
import { outingFigures } from './outings';
import { euIndicators, profile } from './profile';
import { type SurveySums, surveyAverages } from './survey';
import { autonomy, orientations, topics } from './topics';

/** The answers' types are the pages' own (src/shared/dashboard-api/figures.ts): routes.ts checks its
 * answers against them, after figures-cells.ts put the raw counts computed here under the
 * small-cell rule and added guide titles and `peopleWithCard` (outcomes-load.ts). */
export type { Figures };
/** The raw reports, every count a number: they never leave the server as they are. */
export type CafReport = ReturnType<typeof cafReport>;
export type EuReport = ReturnType<typeof euReport>;

export interface FigureInput {
  period: { from: string; to: string };
  centreIds: string[];
  /** The encounters made in the period. */
  encounters: EncounterSums;
  /** The outings started in the period, and the period's encounters by their outing's place. */
  outings: OutingSums;
  kiosk: KioskSums;
  surveys: SurveySums;
  /** Agents with the volunteer role (issue 11): their accompaniments are also counted apart. */
  volunteers: { accompaniments: number; peopleReached: number };
  partnerNames: ReadonlyMap<string, string>;
}

const outingCount = (o: OutingSums) => o.groups.reduce((a, g) => a + g.count, 0);
const kioskCount = (k: KioskSums) => k.groups.reduce((a, g) => a + g.count, 0);

export function computeFigures(input: FigureInput) {
  const { encounters } = input;
  const t = topics(encounters);
  return {
    period: input.period,
    centreIds: input.centreIds,
    empty:
      accompaniments(encounters).total +
        outingCount(input.outings) +
        kioskCount(input.kiosk) +
        input.surveys.responses ===
      0,
    accompaniments: accompaniments(encounters),
    people: people(encounters),
    outings: outingFigures(input.outings),
    themes: t.themes,
    subThemes: t.subThemes,
    institutions: t.institutions,
    actions: t.actions,
    orientations: orientations(encounters, input.partnerNames),
    profile: profile(encounters),
    autonomy: autonomy(encounters),
    kiosk: kioskFigures(input.kiosk),
    survey: surveyAverages(input.surveys),
    hours: cafHours(input),
    volunteers: input.volunteers,
  };
}

/** The hours the CAF convention asks for (hours.ts): permanence, accompaniment, equipment used. */
function cafHours(input: FigureInput) {
  return {
    permanence: permanenceHours(input.outings),
    accompaniment: accompanimentTime(input.encounters),
    equipment: equipmentUse(input.encounters),
  };
}

/** CAF « point relais numérique »: accompaniments, visits, reasons, re-orientations. */
export function cafReport(input: FigureInput) {
  const { encounters } = input;
  const t = topics(encounters);
  const p = people(encounters);
  return {
    period: input.period,
    centreIds: input.centreIds,
    empty: accompaniments(encounters).total + outingCount(input.outings) === 0,
    accompaniments: accompaniments(encounters),
    visits: { outings: outingCount(input.outings), peopleReached: p.reached, firstTime: p.firstTime },
    reasons: Object.entries(t.institutions)
      .map(([institution, count]) => ({ institution, count }))
      .sort((a, b) => b.count - a.count || a.institution.localeCompare(b.institution)),
    subThemes: t.subThemes,
    reorientations: orientations(encounters, input.partnerNames),
    hours: cafHours(input),
    volunteers: input.volunteers,
  };
}

/** EU (FEDER) indicators: participants by sex and age band. */
export function euReport(input: FigureInput) {
  return {
    period: input.period,
    centreIds: input.centreIds,
    empty: accompaniments(input.encounters).total === 0,
    ...euIndicators(input.encounters),
    note: 'Les personnes des ateliers collectifs comptent dans les totaux par sexe et par âge. Le tableau croisé sexe × âge ne compte que les accompagnements où les deux sont connus ensemble (individuels et informations).',
  };
}
