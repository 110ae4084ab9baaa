// CSV for the spreadsheets used in France: UTF-8 with a BOM (so Excel reads accents), semicolon
// separator, CRLF. A text cell that a spreadsheet would run as a formula (starting with = + - @,
// a tab or a carriage return) gets a leading apostrophe (OWASP "CSV injection").
import { stringify } from 'csv-stringify/sync';
import type { Cell, Table } from './table';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralise(cell: Cell): Cell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function toCsv(table: Table): string {
  return stringify([table.headers, ...table.rows.map((row) => row.map(neutralise))], {
    bom: true,
    delimiter: ';',
    record_delimiter: 'windows',
    cast: { number: (n) => String(n).replace('.', ',') },
  });
}
