// Periods as the API takes them: YYYY-MM-DD, inclusive, days in Europe/Paris.
import { clock } from '../platform/clock';

function parisDay(date: Date): { y: number; m: number; d: number } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { y: get('year'), m: get('month'), d: get('day') };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The current calendar month (the API's default period). */
export function currentMonth(now = clock.now()): { from: string; to: string } {
  const { y, m } = parisDay(now);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${y}-${pad(m)}-01`, to: `${y}-${pad(m)}-${pad(last)}` };
}

export function previousMonth(now = clock.now()): { from: string; to: string } {
  const { y, m } = parisDay(now);
  const py = m === 1 ? y - 1 : y;
  const pm = m === 1 ? 12 : m - 1;
  const last = new Date(Date.UTC(py, pm, 0)).getUTCDate();
  return { from: `${py}-${pad(pm)}-01`, to: `${py}-${pad(pm)}-${pad(last)}` };
}

export function currentYear(now = clock.now()): { from: string; to: string } {
  const { y } = parisDay(now);
  return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** 2026-11-03 → 03/11/2026. */
export function dayText(day: string): string {
  const [y, m, d] = day.split('-');
  return y && m && d ? `${d}/${m}/${y}` : day;
}

/** True for a whole day as a date field gives it (YYYY-MM-DD), not a half-typed one. */
export function isDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T12:00:00Z`));
}
