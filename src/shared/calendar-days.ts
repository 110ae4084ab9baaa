// Calendar days ("2026-12-03") and wall-clock times ("09:00") as the permanences' rules read them
// (src/shared/permanences.ts re-exports them). Apart from the rules so that a screen needing only
// dates (the kiosk home's « La borne revient ») does not load the schema library with them.

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
const fromDayNumber = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);

/** Adds `days` to a calendar date. */
export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** Day of the week of a calendar date, 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** Calendar days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return dayNumber(b) - dayNumber(a);
}

/** A device's calendar day, YYYY-MM-DD, in its own time zone (on a tablet: the centre's). */
export function localDate(now: Date): string {
  const m = String(now.getMonth() + 1).padStart(2, '0');
  return `${now.getFullYear()}-${m}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A device's wall-clock time, HH:MM. */
export function localTime(now: Date): string {
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}
