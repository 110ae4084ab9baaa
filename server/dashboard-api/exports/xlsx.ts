// XLSX written as a stream: the sheet's XML is made page by page and deflated into the zip as it
// goes (fflate's streaming Zip), so a year of encounters never sits whole in memory. Text goes into
// inline string cells, which a spreadsheet never evaluates, so the CSV's formula escaping is not
// needed here; days are real dates (a serial number with the dd/mm/yyyy format), so a spreadsheet
// sorts and filters them. A minimal workbook (LibreOffice opens it: exports-open-right.test.ts): one sheet,
// three cell styles (plain, bold, date), no shared strings.
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { dayDate } from './cells';
import { type Cell, isDayCell, pagesOf, type StreamedTable, type Table } from './table';

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const STATIC_FILES: Record<string, (sheetName: string) => string> = {
  '[Content_Types].xml': () =>
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  '_rels/.rels': () =>
    `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/workbook.xml': (sheetName) =>
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  'xl/_rels/workbook.xml.rels': () =>
    `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  // Style 0 plain, 1 bold (title and headers), 2 a day (custom number format 164).
  'xl/styles.xml': () =>
    `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>`,
};

const BOLD = 1;
const DATE = 2;
// Characters XML 1.0 cannot hold at all (a control character pasted in a note): dropped.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the ones to remove.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A, B, … Z, AA, AB… for a 0-based column. */
function column(i: number): string {
  let n = i + 1;
  let out = '';
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30); // day 0 of the spreadsheet calendar

function cellXml(value: Cell, ref: string, style = 0): string {
  if (value === null) return '';
  const s = style ? ` s="${style}"` : '';
  if (isDayCell(value)) {
    const date = dayDate(value);
    return date
      ? `<c r="${ref}" s="${DATE}"><v>${Math.round((date.getTime() - EPOCH) / DAY_MS)}</v></c>`
      : '';
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : '';
  }
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeXml(value)}</t></is></c>`;
}

function rowXml(cells: readonly Cell[], r: number, style = 0): string {
  return `<row r="${r}">${cells.map((v, i) => cellXml(v, `${column(i)}${r}`, style)).join('')}</row>`;
}

/** The sheet's XML, piece by piece (one piece per page of rows). */
async function* sheetXml(table: Table | StreamedTable): AsyncIterable<string> {
  let r = 0;
  const top = [rowXml([table.title], ++r, BOLD)];
  for (const row of table.preamble ?? []) top.push(rowXml(row, ++r));
  if (table.preamble?.length) top.push(`<row r="${++r}"/>`);
  top.push(rowXml(table.headers, ++r, BOLD));
  yield `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${top.join('')}`;
  for await (const page of pagesOf(table)) {
    yield page.map((row) => rowXml(row, ++r)).join('');
  }
  yield '</sheetData></worksheet>';
}

/** The .xlsx file as a stream of bytes; each page of rows is deflated and sent as it comes. */
export function xlsxStream(table: Table | StreamedTable): ReadableStream<Uint8Array> {
  let zip: Zip;
  let sheet: ZipDeflate;
  let pieces: AsyncIterator<string>;
  let sent = 0;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        zip = new Zip((err, data, final) => {
          if (err) controller.error(err);
          else {
            if (data.length) {
              controller.enqueue(data);
              sent++;
            }
            if (final) controller.close();
          }
        });
        for (const [name, content] of Object.entries(STATIC_FILES)) {
          const file = new ZipDeflate(name, { level: 6 });
          zip.add(file);
          file.push(strToU8(content(table.name.slice(0, 31))), true);
        }
        sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 6 });
        zip.add(sheet);
        pieces = sheetXml(table)[Symbol.asyncIterator]();
      },
      // Called when the reader wants more: pages are read until the deflater gives out bytes (a
      // pull that enqueues nothing is not called again), so memory holds about one page.
      async pull() {
        const before = sent;
        while (sent === before) {
          const next = await pieces.next();
          if (next.done) {
            sheet.push(new Uint8Array(0), true);
            zip.end();
            return;
          }
          sheet.push(strToU8(next.value));
        }
      },
      async cancel() {
        await pieces.return?.();
        zip.terminate();
      },
    },
    { highWaterMark: 1 },
  );
}
