// XLSX through write-excel-file (small, maintained, Node ≥ 18). Text goes into string cells, which
// a spreadsheet never evaluates, so the CSV's formula escaping is not needed here; days are real
// dates (a serial number with the dd/mm/yyyy format), so a spreadsheet sorts and filters them.
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import { dayDate } from './cells';
import { type Cell, isDayCell, type Table } from './table';

function cellOf(value: Cell) {
  if (value === null) return null;
  if (isDayCell(value)) {
    const date = dayDate(value);
    return date ? { value: date, type: Date, format: 'dd/mm/yyyy' } : null;
  }
  return { value };
}

export async function toXlsx(table: Table): Promise<Buffer> {
  const title = [{ value: table.title, fontWeight: 'bold' as const }];
  const header = table.headers.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) => row.map(cellOf));
  const top = (table.preamble ?? []).map((row) => row.map(cellOf));
  const data = [title, ...top, ...(top.length ? [[]] : []), header, ...rows] as SheetData;
  return writeXlsxFile(data, { sheet: table.name.slice(0, 31) }).toBuffer();
}
