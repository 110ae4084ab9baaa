// The dashboard API's figures and the funders' reports (server/dashboard-api/API.md "Figures",
// "Reports"), typed once: server/dashboard-api/figures/compute.ts returns these types and the
// dashboard pages read them.
import type { PeopleCell } from '../small-cells';
import type { Sex } from '../taxonomy';

export type Counts = Record<string, number>;

/** The hours the CAF convention asks for: permanence, accompaniment, equipment used. */
export interface CafHours {
  permanence: {
    total: number;
    notEnded: number;
    byPlaceKind: Counts;
    byNeighbourhood: { neighbourhood: string; hours: number; outings: number }[];
  };
  accompaniment: {
    totalMin: number;
    withoutDuration: number;
    withoutInstitutionMin: number;
    byInstitution: Counts;
  };
  equipment: { count: Counts; minutes: Counts; notSaid: number };
}

export interface Figures {
  period: { from: string; to: string };
  centreIds: string[];
  empty: boolean;
  /** Issue 11: accompaniments recorded by volunteers, counted apart. */
  volunteers?: { accompaniments: number; peopleReached: number };
  accompaniments: {
    total: number;
    individuel: number;
    collectif: number;
    collectifParticipants: number;
    information: number;
  };
  people: { reached: number; firstTime: number };
  outings: {
    total: number;
    byPlaceKind: Counts;
    qpv: { oui: number; non: number };
    byNeighbourhood: { neighbourhood: string; qpv: boolean; outings: number; encounters: number }[];
  };
  themes: Counts;
  subThemes: Counts;
  institutions: Counts;
  actions: Counts;
  orientations: {
    total: number;
    byRedirectionKind: Counts;
    byPartner: { partnerId: string; name: string; count: number }[];
  };
  profile: {
    sex: Counts;
    ageBand: Counts;
    euAgeBand: Counts;
    coopAgeBand: Counts;
    socialStatus: Counts;
    livesInQpv: Counts;
  };
  autonomy: Counts;
  /** Every count « moins de 5 » from 1 to 4 (each is one resident's use; src/shared/small-cells.ts). */
  kiosk: {
    events: PeopleCell;
    guidesOpened: PeopleCell;
    guidesCompleted: PeopleCell;
    searches: PeopleCell;
    searchesWithoutResult: PeopleCell;
    readAloud: PeopleCell;
    languages: Record<string, PeopleCell>;
    byGuide: {
      guideId: string;
      /** '' when the guide is no longer published. */
      title: string;
      opened: PeopleCell;
      completed: PeopleCell;
      abandoned: PeopleCell;
      /** Abandons by the last step reached (0: before step 1). */
      abandonByStep: { step: number; count: PeopleCell }[];
      helpRequests: PeopleCell;
    }[];
    guidesAbandoned: PeopleCell;
    helpRequests: PeopleCell;
    helpByPlace: { guideId?: string; step?: number; count: PeopleCell }[];
    /** Interest shown in the centre's activities, in all and by activity. */
    interest: PeopleCell;
    interestByActivity: { activityId: string; count: PeopleCell }[];
    /** Uses by hour of the day (0–23, all weekdays together), Paris time. */
    byHour: PeopleCell[];
    /** 7 weekdays (Monday first) × 24 hours, Paris time. */
    byWeekdayHour: PeopleCell[][];
  };
  survey: {
    responses: number;
    byStatement: { statementId: string; average: number; answers: number; reversed: boolean }[];
  };
  hours: CafHours;
}

export interface CafReport {
  period: { from: string; to: string };
  centreIds: string[];
  empty: boolean;
  accompaniments: {
    total: number;
    individuel: number;
    collectif: number;
    collectifParticipants: number;
    information: number;
  };
  visits: { outings: number; peopleReached: number; firstTime: number };
  reasons: { institution: string; count: number }[];
  subThemes: Counts;
  reorientations: {
    total: number;
    byRedirectionKind: Counts;
    byPartner: { partnerId: string; name: string; count: number }[];
  };
  hours: CafHours;
  /** Issue 11: accompaniments recorded by volunteers, counted apart. */
  volunteers?: { accompaniments: number; peopleReached: number };
  /** Distinct people reached with a card (issue 17), « moins de 5 » below 5. */
  peopleWithCard: PeopleCell;
}

export interface EuReport {
  period: { from: string; to: string };
  centreIds: string[];
  empty: boolean;
  participants: number;
  bySex: Record<Sex, number>;
  byAgeBand: Counts;
  rows: { ageBand: string; feminin: number; masculin: number; non_communique: number; total: number }[];
  total: { feminin: number; masculin: number; non_communique: number; total: number };
  collectifParticipants: number;
  note: string;
  peopleWithCard: PeopleCell;
}
