// When the server may send: not from 20:00 to 09:00 nor on Sundays, Paris time (issue 12). Paris is
// a whole number of hours from UTC all year, so stepping from the next full UTC hour lands on 09:00
// Paris exactly, across daylight-saving changes too.
const PARIS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  weekday: 'short',
  hour: '2-digit',
  hourCycle: 'h23',
});
const PARIS_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Paris',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

export const QUIET_FROM_HOUR = 20;
export const QUIET_UNTIL_HOUR = 9;

export function mayBeSentAt(at: Date): boolean {
  const parts = PARIS.formatToParts(at);
  const weekday = parts.find((p) => p.type === 'weekday')?.value;
  const hour = Number(parts.find((p) => p.type === 'hour')?.value);
  return weekday !== 'Sun' && hour >= QUIET_UNTIL_HOUR && hour < QUIET_FROM_HOUR;
}

/** `at` itself when sending is allowed then, else the next 09:00 Paris on a day that is not Sunday. */
export function nextSendingTime(at: Date): Date {
  if (mayBeSentAt(at)) return at;
  let t = Math.ceil(at.getTime() / 3600_000) * 3600_000;
  for (let i = 0; i < 24 * 3; i++, t += 3600_000) if (mayBeSentAt(new Date(t))) return new Date(t);
  return new Date(t);
}

/** The Paris calendar day of an instant, « 2026-12-01 » (daily cap, « demain »). */
export function parisDay(at: Date): string {
  return PARIS_DAY.format(at);
}

/** The instant Paris's day `day` (AAAA-MM-JJ) starts. */
export function parisDayStart(day: string): Date {
  // Midnight UTC of that day, moved back by Paris's offset then (1 or 2 hours).
  const utcMidnight = new Date(`${day}T00:00:00.000Z`);
  for (const offsetH of [1, 2, 0]) {
    const candidate = new Date(utcMidnight.getTime() - offsetH * 3600_000);
    if (parisDay(candidate) === day && parisDay(new Date(candidate.getTime() - 1)) !== day) return candidate;
  }
  return utcMidnight;
}
