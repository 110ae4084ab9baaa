// The kiosk figures as they leave the server: every count passes the small-cell rule
// (src/shared/small-cells.ts), as the journeys, the needs by neighbourhood and the SMS answers do.
// A kiosk count is residents' uses — a guide opened, a help request (one per resident and place,
// src/kiosk/help.ts), a use at an hour of a weekday — and a cell of 1 to 4 at a guide's step or an
// hour could point at the person who was there. Totals by hour and of interest are summed here,
// before masking: the page cannot add masked cells.
import type { Figures } from '../../../src/shared/dashboard-api/figures';
import { protectPeople as p } from '../../../src/shared/small-cells';
import type { kioskFigures } from './kiosk';

type Raw = ReturnType<typeof kioskFigures>;
type Titled = Omit<Raw, 'byGuide'> & { byGuide: (Raw['byGuide'][number] & { title: string })[] };

export function protectKiosk(k: Titled): Figures['kiosk'] {
  const byHour = Array.from({ length: 24 }, (_, h) =>
    k.byWeekdayHour.reduce((n, day) => n + (day[h] ?? 0), 0),
  );
  return {
    events: p(k.events),
    guidesOpened: p(k.guidesOpened),
    guidesCompleted: p(k.guidesCompleted),
    searches: p(k.searches),
    searchesWithoutResult: p(k.searchesWithoutResult),
    readAloud: p(k.readAloud),
    languages: Object.fromEntries(Object.entries(k.languages).map(([lang, n]) => [lang, p(n)])),
    byGuide: k.byGuide.map((g) => ({
      guideId: g.guideId,
      title: g.title,
      opened: p(g.opened),
      completed: p(g.completed),
      abandoned: p(g.abandoned),
      abandonByStep: g.abandonByStep.map((s) => ({ step: s.step, count: p(s.count) })),
      helpRequests: p(g.helpRequests),
    })),
    guidesAbandoned: p(k.guidesAbandoned),
    helpRequests: p(k.helpRequests),
    helpByPlace: k.helpByPlace.map((h) => ({ ...h, count: p(h.count) })),
    interest: p(k.interestByActivity.reduce((n, a) => n + a.count, 0)),
    interestByActivity: k.interestByActivity.map((a) => ({ activityId: a.activityId, count: p(a.count) })),
    byHour: byHour.map(p),
    byWeekdayHour: k.byWeekdayHour.map((day) => day.map(p)),
  };
}
