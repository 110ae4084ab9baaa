// A table to export: a title row (what and which period), French headers and rows of plain values,
// written as CSV or XLSX. Dates are cells of their own kind so XLSX holds real dates.

/** A calendar day (Europe/Paris) of an ISO instant, or a YYYY-MM-DD day: dd/mm/yyyy in CSV, a date in XLSX. */
export interface DayCell {
  day: string;
}

export type Cell = string | number | null | DayCell;

export interface Table {
  /** Sheet name (XLSX). */
  name: string;
  /** The first row of the file: what it holds and for which period. */
  title: string;
  headers: string[];
  rows: Cell[][];
  /** Lines above the header (the funders' block of the CAF and FEDER reports), then a blank line. */
  preamble?: Cell[][];
}

/**
 * A table whose rows come page by page (read from the database as the file is written), so an
 * export of a year holds one page in memory, never the year.
 */
export interface StreamedTable extends Omit<Table, 'rows'> {
  pages: AsyncIterable<Cell[][]>;
}

/** A table before its title row is set (the caller names the period). */
export type TableBody = Omit<Table, 'title'>;

export function isDayCell(cell: Cell): cell is DayCell {
  return typeof cell === 'object' && cell !== null;
}

/** The rows of either kind of table, page by page. */
export async function* pagesOf(table: Table | StreamedTable): AsyncIterable<Cell[][]> {
  if ('pages' in table) yield* table.pages;
  else yield table.rows;
}
