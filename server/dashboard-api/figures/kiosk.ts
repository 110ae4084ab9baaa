// Kiosk use, from anonymous kiosk events: guides opened, completed and where people stop (abandon
// by step), help requests by guide and step, interest in activities, use by weekday × hour (Paris
// time), languages, searches that found nothing (counts only: the typed text is never recorded),
// read-aloud.
import type { KioskEvent } from '../../../src/shared/records';
import { LANGUAGES } from '../../../src/shared/taxonomy';
import { parisWeekdayHour } from '../../facts/paris';
import { add, zeros } from './counts';

export { parisWeekdayHour };

export interface GuideUse {
  guideId: string;
  opened: number;
  completed: number;
  abandoned: number;
  /** Abandons by the last step reached (0: left on the guide's first screen), ascending steps. */
  abandonByStep: { step: number; count: number }[];
  helpRequests: number;
}

export interface HelpRequestCount {
  /** Absent: asked from a screen outside any guide (home, lexique…). */
  guideId?: string;
  step?: number;
  count: number;
}

/** What counts as one use of the kiosk in the weekday × hour table: a resident starting something
 *  (a guide, a search, a help request, an interest), not each step of it. */
export const USE_EVENTS: readonly KioskEvent['event'][] = [
  'open',
  'search_hit',
  'search_miss',
  'help_request',
  'interest',
];

/** Kiosk events counted by what the figures tell apart (kiosk-sums.ts asks the database for them). */
export interface KioskGroup {
  event: string;
  guideId: string | null;
  step: number | null;
  activityId: string | null;
  language: string;
  count: number;
}

export interface KioskSums {
  groups: KioskGroup[];
  /** Uses (USE_EVENTS) by Paris weekday (Monday = 0) and hour. */
  uses: { weekday: number; hour: number; count: number }[];
}

/** The same groups from events in memory: the figures' reference on hand-made events (kiosk.test.ts). */
export function kioskUse(events: readonly KioskEvent[]) {
  const groups = new Map<string, KioskGroup>();
  const uses = new Map<string, { weekday: number; hour: number; count: number }>();
  for (const e of events) {
    const g: KioskGroup = {
      event: e.event,
      guideId: e.guideId ?? null,
      step: e.step ?? null,
      activityId: e.activityId ?? null,
      language: e.language,
      count: 0,
    };
    const key = JSON.stringify({ ...g });
    (groups.get(key) ?? groups.set(key, g).get(key)!).count++;
    const when = parisWeekdayHour(e.at);
    if (!when || when.weekday < 0 || !USE_EVENTS.includes(e.event)) continue;
    const at = `${when.weekday} ${when.hour}`;
    (uses.get(at) ?? uses.set(at, { ...when, count: 0 }).get(at)!).count++;
  }
  return kioskFigures({ groups: [...groups.values()], uses: [...uses.values()] });
}

export function kioskFigures(sums: KioskSums) {
  const languages = zeros(LANGUAGES);
  const guides = new Map<string, GuideUse & { byStep: Map<number, number> }>();
  const guide = (id: string) => {
    let g = guides.get(id);
    if (!g) {
      g = {
        guideId: id,
        opened: 0,
        completed: 0,
        abandoned: 0,
        abandonByStep: [],
        helpRequests: 0,
        byStep: new Map(),
      };
      guides.set(id, g);
    }
    return g;
  };
  const help = new Map<string, HelpRequestCount>();
  const interest = new Map<string, number>();
  /** 7 weekdays × 24 hours (Paris time): uses as USE_EVENTS counts them. */
  const byWeekdayHour = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  let guidesOpened = 0;
  let guidesCompleted = 0;
  let guidesAbandoned = 0;
  let searchHits = 0;
  let searchesWithoutResult = 0;
  let readAloud = 0;
  let helpRequests = 0;
  let events = 0;
  for (const e of sums.groups) {
    const n = e.count;
    events += n;
    switch (e.event) {
      case 'open':
        guidesOpened += n;
        add(languages, e.language, n);
        if (e.guideId) guide(e.guideId).opened += n;
        break;
      case 'complete':
        guidesCompleted += n;
        if (e.guideId) guide(e.guideId).completed += n;
        break;
      case 'abandon': {
        guidesAbandoned += n;
        if (!e.guideId) break;
        const g = guide(e.guideId);
        g.abandoned += n;
        const step = e.step ?? 0;
        g.byStep.set(step, (g.byStep.get(step) ?? 0) + n);
        break;
      }
      case 'help_request': {
        helpRequests += n;
        if (e.guideId) guide(e.guideId).helpRequests += n;
        const key = `${e.guideId ?? ''}\u0000${e.step ?? ''}`;
        const row = help.get(key) ?? {
          ...(e.guideId ? { guideId: e.guideId } : {}),
          ...(e.step !== null ? { step: e.step } : {}),
          count: 0,
        };
        row.count += n;
        help.set(key, row);
        break;
      }
      case 'interest':
        if (e.activityId) interest.set(e.activityId, (interest.get(e.activityId) ?? 0) + n);
        break;
      case 'search_hit':
        searchHits += n;
        break;
      case 'search_miss':
        searchesWithoutResult += n;
        break;
      case 'read_aloud':
        readAloud += n;
        break;
      default:
        break;
    }
  }
  for (const u of sums.uses) byWeekdayHour[u.weekday]![u.hour]! += u.count;
  const byGuide: GuideUse[] = [...guides.values()]
    .map(({ byStep, ...g }) => ({
      ...g,
      abandonByStep: [...byStep].sort(([a], [b]) => a - b).map(([step, count]) => ({ step, count })),
    }))
    .sort((a, b) => b.opened - a.opened || b.completed - a.completed || a.guideId.localeCompare(b.guideId));
  return {
    events,
    guidesOpened,
    guidesCompleted,
    guidesAbandoned,
    searches: searchHits + searchesWithoutResult,
    searchesWithoutResult,
    readAloud,
    helpRequests,
    languages,
    byGuide,
    helpByPlace: [...help.values()].sort(
      (a, b) =>
        b.count - a.count ||
        (a.guideId ?? '').localeCompare(b.guideId ?? '') ||
        (a.step ?? 0) - (b.step ?? 0),
    ),
    interestByActivity: [...interest]
      .map(([activityId, count]) => ({ activityId, count }))
      .sort((a, b) => b.count - a.count || a.activityId.localeCompare(b.activityId)),
    byWeekdayHour,
  };
}
