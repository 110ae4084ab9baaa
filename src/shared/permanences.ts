// Planned permanences (issue 11): where and when the borne goes, planned on the dashboard and
// pulled by tablets. The schedule rules live here once: the tablet's « Aujourd'hui », the kiosk's
// « La borne revient », the iCalendar feed and the coverage figures all read occurrences from them.
// Days are calendar dates of the centre ("2026-12-03") and times its wall-clock times ("09:00"):
// a permanence at 9 h is at 9 h whatever the season, as residents read it.
import * as v from 'valibot';
import { addDays, weekday } from './calendar-days';
import { PLACE_KINDS } from './taxonomy';

export { addDays, daysBetween, localDate, localTime, weekday } from './calendar-days';

/** The centres' time zone: the feed says it, the server turns wall-clock times into instants with it. */
export const CENTRE_TIME_ZONE = 'Europe/Paris';

export const PERMANENCE_REPEATS = ['weekly', 'once'] as const;
export type PermanenceRepeat = (typeof PERMANENCE_REPEATS)[number];

const DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const TIME_RE = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A real calendar day written YYYY-MM-DD (2026-02-30 is refused). */
export function isCalendarDate(value: string): boolean {
  if (!DATE_RE.test(value)) return false;
  const d = new Date(`${value}T00:00:00Z`);
  return d.toISOString().slice(0, 10) === value;
}

export const CalendarDate = v.pipe(
  v.string('une date AAAA-MM-JJ'),
  v.check(isCalendarDate, 'une date réelle AAAA-MM-JJ'),
);
export const WallTime = v.pipe(v.string('une heure HH:MM'), v.regex(TIME_RE, 'une heure HH:MM'));

export const PermanenceSchema = v.object({
  id: v.string(),
  centreId: v.string(),
  placeKind: v.picklist(PLACE_KINDS),
  placeLabel: v.string(),
  neighbourhood: v.string(),
  qpv: v.boolean(),
  commune: v.optional(v.string()),
  repeat: v.picklist(PERMANENCE_REPEATS),
  /** The day of a one-off permanence, or the first day of a weekly one. */
  date: CalendarDate,
  /** Weekly: the last day it may happen (inclusive); absent = until further notice. */
  until: v.optional(CalendarDate),
  startTime: WallTime,
  endTime: WallTime,
  /** The agents planned there (ids only; never published outside the centre). */
  agentIds: v.array(v.string()),
});
export type Permanence = v.InferOutput<typeof PermanenceSchema>;

/** One planned occurrence: the permanence and the day it happens. */
export interface Occurrence {
  permanence: Permanence;
  date: string;
}

/** The days in [from, to] (both inclusive) on which the permanence happens, in order. */
export function occurrenceDates(p: Permanence, from: string, to: string): string[] {
  if (p.repeat === 'once') return p.date >= from && p.date <= to ? [p.date] : [];
  const last = p.until && p.until < to ? p.until : to;
  let first = p.date > from ? p.date : from;
  // Move `first` forward to the permanence's weekday.
  first = addDays(first, (((weekday(p.date) - weekday(first)) % 7) + 7) % 7);
  const out: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 7)) out.push(d);
  return out;
}

/** True when the permanence happens on `date`. */
export function happensOn(p: Permanence, date: string): boolean {
  return occurrenceDates(p, date, date).length === 1;
}

/** Occurrences of all permanences in [from, to], by day then start time then place. */
export function occurrencesBetween(list: readonly Permanence[], from: string, to: string): Occurrence[] {
  return list
    .flatMap((permanence) => occurrenceDates(permanence, from, to).map((date) => ({ permanence, date })))
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        a.permanence.startTime.localeCompare(b.permanence.startTime) ||
        a.permanence.placeLabel.localeCompare(b.permanence.placeLabel, 'fr'),
    );
}

/** How far ahead the tablet and the kiosk look for the next permanences. */
export const LOOKAHEAD_DAYS = 60;

/**
 * The next occurrences that have not ended at `today` + `time` (wall clock), soonest first.
 * `keep` narrows them (same place, same neighbourhood…).
 */
export function nextOccurrences(
  list: readonly Permanence[],
  today: string,
  time: string,
  limit: number,
  keep: (p: Permanence) => boolean = () => true,
): Occurrence[] {
  return occurrencesBetween(list.filter(keep), today, addDays(today, LOOKAHEAD_DAYS))
    .filter((o) => o.date > today || o.permanence.endTime > time)
    .slice(0, limit);
}

/** Place names typed by people: "Marché de Wazemmes " and "marché de wazemmes" are one place. */
export function placeKey(label: string): string {
  return label.trim().toLocaleLowerCase('fr').replace(/\s+/g, ' ');
}
