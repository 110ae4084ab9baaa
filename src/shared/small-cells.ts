// The small-cell rule (DESIGN.md "Small cells"): a figure counting fewer than 5 people is never
// shown or exported as a number, so that nobody can be recognised from a count. Written once here;
// the server applies it before a figure leaves it (dashboard JSON, CSV, XLSX), the pages and the
// exports only print what they receive. Zero stays 0: it reveals nobody.
import type { Language } from './taxonomy';

export const SMALL_CELL_MIN = 5;

/** What a masked cell holds instead of its number. */
export const SMALL_CELL = 'moins_de_5' as const;
export type PeopleCell = number | typeof SMALL_CELL;

/** The count as it may be shown: itself from 5 on (and 0), « moins de 5 » from 1 to 4. */
export function protectPeople(count: number): PeopleCell {
  return count > 0 && count < SMALL_CELL_MIN ? SMALL_CELL : count;
}

/** An average over `people` answers, hidden with them when they are fewer than 5. */
export function protectAverage(average: number | null, people: number): number | null | typeof SMALL_CELL {
  return people > 0 && people < SMALL_CELL_MIN ? SMALL_CELL : average;
}

export const SMALL_CELL_TEXT: Record<Language, string> = {
  fr: 'moins de 5',
  en: 'fewer than 5',
  ar: 'أقل من 5',
};

export function isSmallCell(cell: unknown): cell is typeof SMALL_CELL {
  return cell === SMALL_CELL;
}

/** A cell as text in a file or on a page (numbers are formatted by the caller's `format`). */
export function cellText(
  cell: PeopleCell | null,
  lang: Language = 'fr',
  format: (n: number) => string = String,
): string {
  if (cell === null) return '';
  return isSmallCell(cell) ? SMALL_CELL_TEXT[lang] : format(cell);
}
