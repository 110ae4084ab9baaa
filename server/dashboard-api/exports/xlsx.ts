// XLSX through write-excel-file (small, maintained, Node ≥ 18). Text goes into string cells, which
// a spreadsheet never evaluates, so the CSV's formula escaping is not needed here.
import writeXlsxFile, { type SheetData } from 'write-excel-file/node';
import type { Table } from './table';

export async function toXlsx(table: Table): Promise<Buffer> {
  const header = table.headers.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) => row.map((value) => (value === null ? null : { value })));
  const data = [header, ...rows] as SheetData;
  return writeXlsxFile(data, { sheet: table.name.slice(0, 31) }).toBuffer();
}
