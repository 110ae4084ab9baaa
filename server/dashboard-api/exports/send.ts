// Sends an export as a download that is written while it is read: the response starts with the
// title and header, then each page of rows the database gives (CSV text or the XLSX zip), so the
// server's memory holds one page whatever the period. A failure after the first bytes can no longer
// become an error answer: the download is cut, and the spreadsheet reports a damaged file.
import type { Context } from 'hono';
import { csvChunks } from './csv';
import type { StreamedTable, Table } from './table';
import { xlsxStream } from './xlsx';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export type Format = 'csv' | 'xlsx';

function csvStream(table: Table | StreamedTable): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pieces = csvChunks(table)[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await pieces.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      },
      async cancel() {
        await pieces.return?.();
      },
    },
    { highWaterMark: 1 },
  );
}

export function sendTable(c: Context, table: Table | StreamedTable, stem: string, format: Format): Response {
  const csv = format === 'csv';
  return c.body(csv ? csvStream(table) : xlsxStream(table), 200, {
    'Content-Type': csv ? 'text/csv; charset=utf-8' : XLSX_TYPE,
    'Content-Disposition': `attachment; filename="${stem}.${format}"`,
  });
}
