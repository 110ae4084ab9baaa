// Kiosk use, from anonymous kiosk events: guides opened, completed and where people stop (abandon
// by step), help requests by guide and step, interest in activities, use by weekday × hour (Paris
// time), languages, searches that found nothing (counts only: the typed text is never recorded),
// read-aloud.
import type { KioskEvent } from '../../../src/shared/records';
import { LANGUAGES } from '../../../src/shared/taxonomy';
import { TIME_ZONE } from '../period';
import { add, zeros } from './counts';

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

const weekdayHour = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  weekday: 'short',
  hour: '2-digit',
  hourCycle: 'h23',
});
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** What counts as one use of the kiosk in the weekday × hour table: a resident starting something
 *  (a guide, a search, a help request, an interest), not each step of it. */
const USE_EVENTS = new Set<KioskEvent['event']>([
  'open',
  'search_hit',
  'search_miss',
  'help_request',
  'interest',
]);

/** Monday = 0 … Sunday = 6, and the hour 0–23, in Paris. */
export function parisWeekdayHour(at: string): { weekday: number; hour: number } | undefined {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return undefined;
  const parts = Object.fromEntries(weekdayHour.formatToParts(date).map((p) => [p.type, p.value]));
  return { weekday: WEEKDAYS.indexOf(parts.weekday!), hour: Number(parts.hour) };
}

export function kioskUse(events: readonly KioskEvent[]) {
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
  for (const e of events) {
    const when = parisWeekdayHour(e.at);
    if (when && when.weekday >= 0 && USE_EVENTS.has(e.event)) byWeekdayHour[when.weekday]![when.hour]!++;
    switch (e.event) {
      case 'open':
        guidesOpened++;
        add(languages, e.language);
        if (e.guideId) guide(e.guideId).opened++;
        break;
      case 'complete':
        guidesCompleted++;
        if (e.guideId) guide(e.guideId).completed++;
        break;
      case 'abandon': {
        guidesAbandoned++;
        if (!e.guideId) break;
        const g = guide(e.guideId);
        g.abandoned++;
        const step = e.step ?? 0;
        g.byStep.set(step, (g.byStep.get(step) ?? 0) + 1);
        break;
      }
      case 'help_request': {
        helpRequests++;
        if (e.guideId) guide(e.guideId).helpRequests++;
        const key = `${e.guideId ?? ''}\u0000${e.step ?? ''}`;
        const row = help.get(key) ?? {
          ...(e.guideId ? { guideId: e.guideId } : {}),
          ...(e.step !== undefined ? { step: e.step } : {}),
          count: 0,
        };
        row.count++;
        help.set(key, row);
        break;
      }
      case 'interest':
        if (e.activityId) interest.set(e.activityId, (interest.get(e.activityId) ?? 0) + 1);
        break;
      case 'search_hit':
        searchHits++;
        break;
      case 'search_miss':
        searchesWithoutResult++;
        break;
      case 'read_aloud':
        readAloud++;
        break;
      default:
        break;
    }
  }
  const byGuide: GuideUse[] = [...guides.values()]
    .map(({ byStep, ...g }) => ({
      ...g,
      abandonByStep: [...byStep].sort(([a], [b]) => a - b).map(([step, count]) => ({ step, count })),
    }))
    .sort((a, b) => b.opened - a.opened || b.completed - a.completed || a.guideId.localeCompare(b.guideId));
  return {
    events: events.length,
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
