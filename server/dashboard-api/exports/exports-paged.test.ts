// Lists and exports read the database page by page (issue 15 point 1): a period holding more rows
// than one export page (500), many of them made at the same instant, comes out in the list's order,
// every row exactly once, in the CSV and the XLSX; the list's pages and total say the same.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { encounter, insertRecord } from '../../test-support/records';
import { parseCsv, unzip } from './test-parse';

const COUNT = 1203;
const PERIOD = 'from=2026-11-01&to=2026-11-30';

describe.each(DB_KINDS)('paged lists and exports on %s', (kind) => {
  let server: TestServer;
  let coord: Client;
  const ids: string[] = [];

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    for (let i = 0; i < COUNT; i++) {
      // Three encounters share each instant: the order then falls to the id.
      const minute = Math.floor(i / 3);
      const createdAt = new Date(Date.UTC(2026, 10, 2, 8) + minute * 60_000).toISOString();
      const institutions: ('caf' | 'impots')[] = i % 2 ? ['caf'] : ['impots'];
      ids.push(
        await insertRecord(server, 'encounter', encounter({ centreId: 'centre-a', createdAt, institutions })),
      );
    }
    coord = await signIn(server, 'coord-a');
  }, 300_000);
  afterAll(() => server.close());

  /** Newest first, then by id: the order of the list and of the files. */
  const expected = () =>
    ids
      .map((id, i) => ({ id, minute: Math.floor(i / 3) }))
      .sort((a, b) => b.minute - a.minute || (a.id < b.id ? -1 : 1))
      .map((r) => r.id);

  it('writes every encounter once, in order, across export pages (CSV and XLSX)', async () => {
    const rows = parseCsv(await (await coord.get(`/exports/encounters.csv?${PERIOD}`)).text()).slice(1);
    const col = rows[0]!.indexOf('Identifiant');
    expect(rows.slice(1).map((r) => r[col])).toEqual(expected());
    const files = unzip(
      Buffer.from(await (await coord.get(`/exports/encounters.xlsx?${PERIOD}`)).arrayBuffer()),
    );
    const sheet = files.get('xl/worksheets/sheet1.xml')!;
    expect(sheet.match(/<row /g)).toHaveLength(COUNT + 2); // the period, the header, the rows
    for (const id of [expected()[0]!, expected()[600]!, expected().at(-1)!]) expect(sheet).toContain(id);
  });

  it('pages the list with its total, filters included, in the same order', async () => {
    const page = async (q: string) =>
      (await (await coord.get(`/encounters?${PERIOD}&${q}`)).json()) as {
        items: { id: string }[];
        total: number;
      };
    const first = await page('page=1');
    expect(first.total).toBe(COUNT);
    expect(first.items.map((r) => r.id)).toEqual(expected().slice(0, 50));
    const last = await page('page=25');
    expect(last.items.map((r) => r.id)).toEqual(expected().slice(1200));
    const caf = ids.filter((_, i) => i % 2);
    const filtered = await page('institution=caf&pageSize=200&page=3');
    expect(filtered.total).toBe(caf.length);
    const cafOrder = expected().filter((id) => caf.includes(id));
    expect(filtered.items.map((r) => r.id)).toEqual(cafOrder.slice(400, 600));
  });
});
