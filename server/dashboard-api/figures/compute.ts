// The dashboard's figures and the two funders' reports, as pure functions of the records of a
// period and scope (loaded by load.ts). Every number is a count a person could redo by hand.

import type {
  CafReport as CafAnswer,
  EuReport as EuAnswer,
  Figures,
} from '../../../src/shared/dashboard-api/figures';
import type { Encounter, KioskEvent, Outing, SurveyResponse } from '../../../src/shared/records';
import { accompaniments, people } from './accompaniments';
import { accompanimentTime, equipmentUse, permanenceHours } from './hours';
import { kioskUse } from './kiosk';
import { outingFigures } from './outings';
import { euIndicators, profile } from './profile';
import { surveyAverages } from './survey';
import { autonomy, orientations, topics } from './topics';

/** The answers' types are the pages' own (src/shared/dashboard-api/figures.ts): routes.ts checks its
 * answers against them, adding guide titles and `peopleWithCard` (outcomes-load.ts) to what is
 * computed here. */
export type { Figures };
export type CafReport = Omit<CafAnswer, 'peopleWithCard'>;
export type EuReport = Omit<EuAnswer, 'peopleWithCard'>;

export interface FigureInput {
  period: { from: string; to: string };
  centreIds: string[];
  encounters: Encounter[];
  /** Outings that started in the period. */
  outings: Outing[];
  /** Every outing the period's encounters point to. */
  outingsById: ReadonlyMap<string, Outing>;
  kioskEvents: KioskEvent[];
  surveys: SurveyResponse[];
  partnerNames: ReadonlyMap<string, string>;
  /** Agents with the volunteer role (issue 11): their accompaniments are also counted apart. */
  volunteerAgentIds?: ReadonlySet<string>;
}

export function computeFigures(input: FigureInput) {
  const { encounters } = input;
  const t = topics(encounters);
  return {
    period: input.period,
    centreIds: input.centreIds,
    empty: encounters.length + input.outings.length + input.kioskEvents.length + input.surveys.length === 0,
    accompaniments: accompaniments(encounters),
    people: people(encounters),
    outings: outingFigures(input.outings, encounters, input.outingsById),
    themes: t.themes,
    subThemes: t.subThemes,
    institutions: t.institutions,
    actions: t.actions,
    orientations: orientations(encounters, input.partnerNames),
    profile: profile(encounters),
    autonomy: autonomy(encounters),
    kiosk: kioskUse(input.kioskEvents),
    survey: surveyAverages(input.surveys),
    hours: cafHours(input),
    volunteers: volunteerFigures(input),
  };
}

/** « Accompagnements par des bénévoles »: the encounters recorded by volunteers, and people reached. */
function volunteerFigures(input: FigureInput) {
  const ids = input.volunteerAgentIds ?? new Set<string>();
  const theirs = input.encounters.filter((e) => ids.has(e.agentId));
  return { accompaniments: theirs.length, peopleReached: people(theirs).reached };
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
    empty: encounters.length + input.outings.length === 0,
    accompaniments: accompaniments(encounters),
    visits: { outings: input.outings.length, peopleReached: p.reached, firstTime: p.firstTime },
    reasons: Object.entries(t.institutions)
      .map(([institution, count]) => ({ institution, count }))
      .sort((a, b) => b.count - a.count || a.institution.localeCompare(b.institution)),
    subThemes: t.subThemes,
    reorientations: orientations(encounters, input.partnerNames),
    hours: cafHours(input),
    volunteers: volunteerFigures(input),
  };
}

/** EU (FEDER) indicators: participants by sex and age band. */
export function euReport(input: FigureInput) {
  return {
    period: input.period,
    centreIds: input.centreIds,
    empty: input.encounters.length === 0,
    ...euIndicators(input.encounters),
    note: 'Les personnes des ateliers collectifs comptent dans les totaux par sexe et par âge. Le tableau croisé sexe × âge ne compte que les accompagnements où les deux sont connus ensemble (individuels et informations).',
  };
}
