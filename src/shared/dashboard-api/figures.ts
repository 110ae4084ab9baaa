// The dashboard API's figures and the funders' reports (server/dashboard-api/API.md "Figures",
// "Reports"), typed once: server/dashboard-api/figures/compute.ts returns these types and the
// dashboard pages read them.
import type { PeopleCell } from '../small-cells';
import type { Sex } from '../taxonomy';

export type Counts = Record<string, number>;
/** Counts of people by id, each under the small-cell rule (« moins de 5 » from 1 to 4). */
export type Cells = Record<string, PeopleCell>;

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
    /** Accompaniments (people), as every count of people below. */
    withoutDuration: PeopleCell;
    withoutInstitutionMin: number;
    byInstitution: Counts;
  };
  equipment: { count: Cells; minutes: Counts; notSaid: PeopleCell };
}

export interface Figures {
  period: { from: string; to: string };
  centreIds: string[];
  empty: boolean;
  /** Issue 11: accompaniments recorded by volunteers, counted apart. */
  volunteers?: { accompaniments: PeopleCell; peopleReached: PeopleCell };
  /** Counts of people (one encounter is one person met), but `collectif`: sessions. */
  accompaniments: {
    total: PeopleCell;
    individuel: PeopleCell;
    collectif: number;
    collectifParticipants: PeopleCell;
    information: PeopleCell;
  };
  people: { reached: PeopleCell; firstTime: PeopleCell };
  outings: {
    total: number;
    byPlaceKind: Counts;
    qpv: { oui: number; non: number };
    byNeighbourhood: { neighbourhood: string; qpv: boolean; outings: number; encounters: PeopleCell }[];
  };
  themes: Cells;
  subThemes: Cells;
  institutions: Cells;
  actions: Cells;
  orientations: {
    total: PeopleCell;
    byRedirectionKind: Cells;
    byPartner: { partnerId: string; name: string; count: PeopleCell }[];
  };
  profile: {
    sex: Cells;
    ageBand: Cells;
    euAgeBand: Cells;
    coopAgeBand: Cells;
    socialStatus: Cells;
    livesInQpv: Cells;
  };
  autonomy: Cells;
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
    responses: PeopleCell;
    /** The average is « moins de 5 » with its answers when they are fewer than 5. */
    byStatement: { statementId: string; average: PeopleCell; answers: PeopleCell; reversed: boolean }[];
  };
  hours: CafHours;
}

export interface CafReport {
  period: { from: string; to: string };
  centreIds: string[];
  empty: boolean;
  /** Counts of people (one encounter is one person met), but `collectif`: sessions. */
  accompaniments: {
    total: PeopleCell;
    individuel: PeopleCell;
    collectif: number;
    collectifParticipants: PeopleCell;
    information: PeopleCell;
  };
  visits: { outings: number; peopleReached: PeopleCell; firstTime: PeopleCell };
  reasons: { institution: string; count: PeopleCell }[];
  subThemes: Cells;
  reorientations: {
    total: PeopleCell;
    byRedirectionKind: Cells;
    byPartner: { partnerId: string; name: string; count: PeopleCell }[];
  };
  hours: CafHours;
  /** Issue 11: accompaniments recorded by volunteers, counted apart. */
  volunteers?: { accompaniments: PeopleCell; peopleReached: PeopleCell };
  /** Distinct people reached with a card (issue 17), « moins de 5 » below 5. */
  peopleWithCard: PeopleCell;
}

type SexCells = { feminin: PeopleCell; masculin: PeopleCell; non_communique: PeopleCell; total: PeopleCell };

export interface EuReport {
  period: { from: string; to: string };
  centreIds: string[];
  empty: boolean;
  /** Every count is of people, under the small-cell rule. */
  participants: PeopleCell;
  bySex: Record<Sex, PeopleCell>;
  byAgeBand: Cells;
  rows: ({ ageBand: string } & SexCells)[];
  total: SexCells;
  collectifParticipants: PeopleCell;
  note: string;
  peopleWithCard: PeopleCell;
}
