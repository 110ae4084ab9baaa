// How a day cell reads in each format: dd/mm/yyyy text in CSV, a spreadsheet date in XLSX (the
// calendar day in Paris, at midnight of the sheet's own clock, which has no time zone).
import { parisDay } from '../period';
import type { DayCell } from './table';

/** YYYY-MM-DD of a day cell, or undefined for a stored value that names no real instant. */
function dayOf(cell: DayCell): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(cell.day)) return cell.day;
  return Number.isNaN(Date.parse(cell.day)) ? undefined : parisDay(cell.day);
}

export function dayText(cell: DayCell): string {
  const day = dayOf(cell);
  if (!day) return '';
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

export function dayDate(cell: DayCell): Date | undefined {
  const day = dayOf(cell);
  if (!day) return undefined;
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}
