// CSV for the spreadsheets used in France: UTF-8 with a BOM (so Excel reads accents), semicolon
// separator, CRLF. Every cell holding a separator, a quote or any line break is quoted (RFC 4180).
// A line that a spreadsheet would run as a formula (starting with = + - @ or a tab; a carriage
// return at the very start) gets a leading apostrophe (OWASP "CSV injection"), at the start of
// the cell and after every line break inside it. A phone number that starts with « + » is
// written with the international prefix « 00 » instead: readable and dialable, never a formula.
// Written page by page (csvChunks): each page of rows becomes one piece of text as it arrives.
import { stringify } from 'csv-stringify/sync';
import { dayText } from './cells';
import { type Cell, isDayCell, pagesOf, type StreamedTable, type Table } from './table';

const FORMULA_START = /^[=+\-@\t\r]/;
const FORMULA_AFTER_BREAK = /(\r\n|\n|\r)(?=[=+\-@\t])/g;
/** « +44 20 7946 0958 »: a plus, then digits (8 or more) and the separators people write. */
const INTERNATIONAL_PHONE = /^\+(?:[ ().-]*\d){8,}[ ().-]*$/;

export function neutralise(cell: Cell): Cell {
  if (isDayCell(cell)) return dayText(cell);
  if (typeof cell !== 'string') return cell;
  let text = cell;
  if (INTERNATIONAL_PHONE.test(text)) text = `00 ${text.slice(1)}`;
  else if (FORMULA_START.test(text)) text = `'${text}`;
  return text.replace(FORMULA_AFTER_BREAK, "$1'");
}

const lines = (rows: Cell[][], bom: boolean) =>
  stringify(rows, {
    bom,
    delimiter: ';',
    record_delimiter: 'windows',
    // csv-stringify quotes a cell holding the record delimiter (CRLF) but not a lone LF or CR.
    quoted_match: /[\r\n]/,
    cast: { number: (n) => String(n).replace('.', ',') },
  });

/** The file's text, piece by piece: the title, preamble and header first, then each page. */
export async function* csvChunks(table: Table | StreamedTable): AsyncIterable<string> {
  const top = table.preamble?.length ? [...table.preamble.map((row) => row.map(neutralise)), []] : [];
  yield lines([[table.title], ...top, table.headers], true);
  for await (const page of pagesOf(table)) {
    if (page.length)
      yield lines(
        page.map((row) => row.map(neutralise)),
        false,
      );
  }
}
