// Periods of the dashboard are calendar days in Europe/Paris (a record made at 23:30 on the 31st
// belongs to the 31st), turned into UTC instants to compare with the stored ISO timestamps.
import { HttpError } from '../http/errors';

export const TIME_ZONE = 'Europe/Paris';
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Milliseconds that Paris is ahead of UTC at `instant`. */
function parisOffset(instant: number): number {
  const parts = Object.fromEntries(wallClock.formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const wall = Date.UTC(
    +parts.year!,
    +parts.month! - 1,
    +parts.day!,
    +parts.hour!,
    +parts.minute!,
    +parts.second!,
  );
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The UTC instant of midnight starting `day` (YYYY-MM-DD) in Paris. */
export function parisMidnight(day: string): Date {
  const m = DAY.exec(day);
  if (!m) throw new Error(`not a day: ${day}`);
  const guess = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
  let instant = guess - parisOffset(guess);
  instant = guess - parisOffset(instant); // second pass settles days where the offset changes
  return new Date(instant);
}

/** The Paris calendar day (YYYY-MM-DD) of an instant; '' for a value that names no instant. */
export function parisDay(instant: Date | string): string {
  const d = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(d.getTime())) return '';
  const parts = Object.fromEntries(wallClock.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

/** dd/mm/yyyy in Paris, as French spreadsheets read dates ('' for an unreadable stored value). */
export function frenchDate(instant: string | undefined | null): string {
  const day = instant ? parisDay(instant) : '';
  if (!day) return '';
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

/** HH:MM in Paris ('' for an unreadable stored value). */
export function frenchTime(instant: string | undefined | null): string {
  const d = new Date(instant ?? '');
  if (!instant || Number.isNaN(d.getTime())) return '';
  const parts = Object.fromEntries(wallClock.formatToParts(d).map((p) => [p.type, p.value]));
  return `${parts.hour}:${parts.minute}`;
}

function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d! + n)).toISOString().slice(0, 10);
}

/** The days a period may name: real calendar days of the years the dashboard can hold. */
const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;

function isRealDay(day: string): boolean {
  const m = DAY.exec(day);
  if (!m || +m[1]! < FIRST_YEAR || +m[1]! > LAST_YEAR) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}

export interface Period {
  from: string;
  to: string;
  /** [startIso, endIso): UTC instants bounding the period. */
  startIso: string;
  endIso: string;
}

/** From query values `from`/`to` (inclusive days); absent means the current month in Paris. */
export function parsePeriod(from: string | undefined, to: string | undefined, now: Date): Period {
  const today = parisDay(now);
  const f = from?.trim() || `${today.slice(0, 8)}01`;
  const wrong = (name: string, value: string) =>
    new HttpError(
      400,
      'invalid',
      `${name} : « ${value.slice(0, 40)} » n’est pas une date réelle AAAA-MM-JJ entre ${FIRST_YEAR} et ${LAST_YEAR}.`,
    );
  if (!isRealDay(f)) throw wrong('from', f);
  let t = to?.trim();
  if (!t) {
    const [y, m] = f.split('-').map(Number);
    t = new Date(Date.UTC(y!, m!, 0)).toISOString().slice(0, 10); // last day of from's month
  }
  if (!isRealDay(t)) throw wrong('to', t);
  if (t < f) throw new HttpError(400, 'invalid', 'to : la fin de la période est avant son début.');
  return {
    from: f,
    to: t,
    startIso: parisMidnight(f).toISOString(),
    endIso: parisMidnight(addDays(t, 1)).toISOString(),
  };
}
