// The answer of GET /api/v1/dashboard/figures (server/dashboard-api/API.md "Figures").
export type Counts = Record<string, number>;

export interface Figures {
  /** Issue 11: accompaniments recorded by volunteers, counted apart. */
  volunteers?: { accompaniments: number; peopleReached: number };
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
  kiosk: {
    events: number;
    guidesOpened: number;
    guidesCompleted: number;
    searches: number;
    searchesWithoutResult: number;
    readAloud: number;
    languages: Counts;
    byGuide: { guideId: string; title: string; opened: number; completed: number }[];
  };
  survey: {
    responses: number;
    byStatement: { statementId: string; average: number; answers: number; reversed: boolean }[];
  };
}
