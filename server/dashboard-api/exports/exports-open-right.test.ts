// Exports that open right (issue 9 point 7, issue 16 points 1 and 5): every CSV is read back by a
// real RFC 4180 parser (csv-parse) and by LibreOffice, cell by cell; XLSX dates are real dates;
// each file names its period in its file name and its first row; no id or code reaches a reader.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seal } from '../../../src/crypto/seal';
import { type Client, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { contact, encounter, insertRecord, outing } from '../../test-support/records';
import { unzip } from './test-parse';

const PERIOD = 'from=2026-11-01&to=2026-11-30';
const FILES = ['encounters', 'outings', 'caf', 'eu'] as const;

/** The CSV as a spreadsheet reads it: csv-parse with the export's own dialect. */
function readCsv(bytes: ArrayBuffer): string[][] {
  return parse(Buffer.from(bytes), { bom: true, delimiter: ';', relax_column_count: true }) as string[][];
}

describe.each(DB_KINDS)('exports that open right, on %s', (kind) => {
  let server: TestServer;
  let coord: Client;

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    const o = outing({ centreId: 'centre-a', createdAt: '2026-11-03T08:00:00.000Z' });
    await insertRecord(server, 'outing', o);
    await insertRecord(
      server,
      'encounter',
      encounter({
        centreId: 'centre-a',
        createdAt: '2026-11-03T08:30:00.000Z',
        outingId: o.id,
        themes: ['insertion_professionnelle'],
        actions: [{ kind: 'guide_montre', guideIds: ['caf-declarer-ressources'] }],
        note: 'Ligne 1\n=HYPERLINK("http://x","y")\r\n@SUM(A1)\nfin',
      }),
    );
    const key = await server.deps.database.db
      .selectFrom('centres')
      .select('public_key')
      .where('id', '=', 'centre-a')
      .executeTakeFirstOrThrow();
    await insertRecord(
      server,
      'contact',
      contact({
        centreId: 'centre-a',
        createdAt: '2026-11-03T08:31:00.000Z',
        sealed: await seal(
          { firstName: 'Amina', phone: '+33612345678', language: 'ar', preferredChannel: 'telephone' },
          JSON.parse(key.public_key),
        ),
      }),
    );
    // The published content names the guide shown (exports print its title, not its id).
    await server.deps.database.db
      .insertInto('content_versions')
      .values({
        version: 1,
        bundle: JSON.stringify({
          version: 1,
          guides: [{ id: 'caf-declarer-ressources', title: { fr: 'Déclarer ses ressources à la CAF' } }],
        }),
        etag: 'test',
        change_version: 0,
        published_at: '2026-11-01T00:00:00.000Z',
        published_by: null,
      })
      .execute();
    coord = await signIn(server, 'coord-a');
  });
  afterAll(() => server.close());

  it('quotes every cell as RFC 4180 needs: a note with line breaks stays one cell of one row', async () => {
    const rows = readCsv(await (await coord.get(`/exports/encounters.csv?${PERIOD}`)).arrayBuffer());
    const header = rows[1]!;
    expect(rows).toHaveLength(3); // period, header, one encounter
    expect(rows.every((r) => r.length === header.length || r.length === 1)).toBe(true);
    expect(rows[2]![header.indexOf('Note')]).toBe('Ligne 1\n\'=HYPERLINK("http://x","y")\r\n\'@SUM(A1)\nfin');
  });

  it('neutralises a formula at the start of every line of a cell, not only the first', async () => {
    const rows = readCsv(await (await coord.get(`/exports/encounters.csv?${PERIOD}`)).arrayBuffer());
    for (const row of rows)
      for (const cell of row)
        for (const line of cell.split(/\r\n|\n|\r/)) expect(line, cell).not.toMatch(/^[=+\-@\t]/);
  });

  it('states the period in the file name and in the first row of every export', async () => {
    for (const file of FILES) {
      for (const format of ['csv', 'xlsx']) {
        const res = await coord.get(`/exports/${file}.${format}?${PERIOD}`);
        expect(res.status, file).toBe(200);
        expect(res.headers.get('content-disposition'), file).toMatch(/_2026-11-01_2026-11-30\.(csv|xlsx)"$/);
        if (format === 'csv') {
          const rows = readCsv(await res.arrayBuffer());
          expect(rows[0]![0], file).toContain('du 01/11/2026 au 30/11/2026');
        }
      }
    }
  });

  it('prints guides by their title and themes in La Coop’s words, never an id', async () => {
    const rows = readCsv(await (await coord.get(`/exports/encounters.csv?${PERIOD}`)).arrayBuffer());
    const header = rows[1]!;
    const row = rows[2]!;
    expect(row[header.indexOf('Thématiques')]).toBe('Insertion professionnelle');
    expect(row[header.indexOf('Actions')]).toBe('Guide montré (Déclarer ses ressources à la CAF)');
  });

  it('writes a phone as « 06 12 34 56 78 », channel and language in words, no leading apostrophe', async () => {
    const res = await coord.get('/exports/follow-ups.csv?personal=1');
    const rows = readCsv(await res.arrayBuffer());
    const header = rows[1]!;
    const row = rows[2]!;
    expect(row[header.indexOf('Téléphone')]).toBe('06 12 34 56 78');
    expect(row[header.indexOf('Préfère')]).toBe('Appel');
    expect(row[header.indexOf('Langue')]).toBe('Arabe');
  });

  it('keeps the phone a readable phone in LibreOffice (no apostrophe, no lost 0)', async () => {
    const res = await coord.get('/exports/follow-ups.csv?personal=1');
    const dir = mkdtempSync(join(tmpdir(), 'borne-lo-'));
    writeFileSync(join(dir, 'suivis.csv'), Buffer.from(await res.arrayBuffer()));
    // LibreOffice opens it as a person would (semicolons, UTF-8) and writes back what the cells show.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--infilter=CSV:59,34,76,1',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):59,34,76,1,,1036,false,true,false,false',
        '--outdir',
        join(dir, 'out'),
        join(dir, 'suivis.csv'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const shown = parse(readFileSync(join(dir, 'out', 'suivis.csv')), {
      delimiter: ';',
      relax_column_count: true,
    }) as string[][];
    const header = shown[1]!;
    expect(shown[2]![header.indexOf('Téléphone')]).toBe('06 12 34 56 78');
  });

  it('streams an XLSX that LibreOffice opens, cell for cell the rows of the CSV', async () => {
    const res = await coord.get(`/exports/encounters.xlsx?${PERIOD}`);
    const dir = mkdtempSync(join(tmpdir(), 'borne-lo-'));
    writeFileSync(join(dir, 'accompagnements.xlsx'), Buffer.from(await res.arrayBuffer()));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${dir}/profile`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):59,34,76,1,,1036,false,true,false,false',
        '--outdir',
        join(dir, 'out'),
        join(dir, 'accompagnements.xlsx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const shown = parse(readFileSync(join(dir, 'out', 'accompagnements.csv')), {
      delimiter: ';',
      relax_column_count: true,
    }) as string[][];
    const csv = readCsv(await (await coord.get(`/exports/encounters.csv?${PERIOD}`)).arrayBuffer());
    expect(shown[0]![0]).toBe(csv[0]![0]);
    expect(shown[1]).toEqual(csv[1]);
    const header = csv[1]!;
    for (const column of ['Heure', 'Thématiques', 'Actions', 'Identifiant']) {
      expect(shown[2]![header.indexOf(column)], column).toBe(csv[2]![header.indexOf(column)]);
    }
    // A real date, which LibreOffice prints in its own locale's order (here 11/03/2026 or 03/11/2026).
    expect(shown[2]![header.indexOf('Date')]!.split('/').sort()).toEqual(['03', '11', '2026']);
    // The note is a string cell: LibreOffice shows the text, never runs it (no apostrophe needed).
    expect(shown[2]![header.indexOf('Note')]).toBe('Ligne 1\n=HYPERLINK("http://x","y")\n@SUM(A1)\nfin');
  });

  it('writes XLSX dates as real dates (a serial number with a date format), not text', async () => {
    const res = await coord.get(`/exports/encounters.xlsx?${PERIOD}`);
    const files = unzip(Buffer.from(await res.arrayBuffer()));
    const sheet = files.get('xl/worksheets/sheet1.xml')!;
    // Row 3 is the first encounter (row 1 the period, row 2 the headers); column A is its date.
    const cell = /<c r="A3"([^>]*)><v>([^<]*)<\/v><\/c>/.exec(sheet);
    expect(cell, sheet.slice(0, 400)).not.toBeNull();
    expect(cell![1]).not.toContain('t="s"');
    // 3 November 2026 is day 46329 of the spreadsheet calendar.
    expect(Number(cell![2])).toBe(46329);
    // Its style (the s-th <xf> of <cellXfs>) applies the dd/mm/yyyy number format.
    const style = Number(/s="(\d+)"/.exec(cell![1]!)![1]);
    const styles = files.get('xl/styles.xml')!;
    const xfs = /<cellXfs[^>]*>(.*)<\/cellXfs>/.exec(styles)![1]!.match(/<xf [^>]*>/g)!;
    const fmt = /numFmtId="(\d+)"/.exec(xfs[style]!)?.[1];
    expect(styles).toContain(`<numFmt numFmtId="${fmt}" formatCode="dd/mm/yyyy"/>`);
  });
});
