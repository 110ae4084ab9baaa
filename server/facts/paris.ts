// Paris wall-clock parts of an instant, computed once at push (the kiosk's weekday × hour table),
// so that the database never has to know about time zones (SQLite has no Europe/Paris).
import { TIME_ZONE } from '../dashboard-api/period';

const weekdayHour = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  weekday: 'short',
  hour: '2-digit',
  hourCycle: 'h23',
});
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Monday = 0 … Sunday = 6, and the hour 0–23, in Paris. */
export function parisWeekdayHour(at: string): { weekday: number; hour: number } | undefined {
  const date = new Date(at);
  if (Number.isNaN(date.getTime())) return undefined;
  const parts = Object.fromEntries(weekdayHour.formatToParts(date).map((p) => [p.type, p.value]));
  return { weekday: WEEKDAYS.indexOf(parts.weekday!), hour: Number(parts.hour) };
}
