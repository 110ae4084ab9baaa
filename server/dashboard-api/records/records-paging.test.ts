// The encounters list by cursor (keyset.ts): a walk page after page — forward by `next`, back by
// `prev` — meets every row of the list once, in the list's order, over several centres merged and
// with many rows made at the same instant; a page number from the top names the same pages; a
// cursor the server did not write is a 400 in words. The total's cap is in records-total.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, errorOf, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { encounter, insertRecords } from '../../test-support/records';

interface Page {
  items: { id: string }[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
  next: string | null;
  prev: string | null;
}

const PERIOD = 'from=2026-11-01&to=2026-11-30';
const CENTRES = ['centre-a', 'centre-b', 'centre-c'];
/** Four instants only: most rows share theirs with others, in one centre and across centres. */
const INSTANTS = [
  '2026-11-02T08:00:00.000Z',
  '2026-11-05T10:30:00.000Z',
  '2026-11-09T15:00:00.000Z',
  '2026-11-20T09:00:00.000Z',
];

describe.each(DB_KINDS)('the encounters list by cursor on %s', (kind) => {
  let server: TestServer;
  let admin: Client;
  const rows: { id: string; createdAt: string; caf: boolean }[] = [];

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    const made = Array.from({ length: 29 }, (_, i) =>
      encounter({
        centreId: CENTRES[i % 3]!,
        createdAt: INSTANTS[(i * 7) % 4]!,
        // Some of two themes: a filter asking for both must still count and list them once.
        themes:
          i % 4 === 3
            ? ['email']
            : i % 5 === 0
              ? ['aide_aux_demarches_administratives', 'email']
              : ['aide_aux_demarches_administratives'],
        institutions: i % 3 === 1 ? ['impots'] : ['caf'],
      }),
    );
    await insertRecords(server, 'encounter', made);
    for (const [i, e] of made.entries()) rows.push({ id: e.id, createdAt: e.createdAt, caf: i % 3 !== 1 });
    admin = await signIn(server, 'admin');
  }, 120_000);
  afterAll(() => server.close());

  /** Newest first, then by id: the list's order. */
  const inOrder = (list: typeof rows) =>
    [...list]
      .sort((a, b) =>
        a.createdAt === b.createdAt ? (a.id < b.id ? -1 : 1) : a.createdAt < b.createdAt ? 1 : -1,
      )
      .map((r) => r.id);

  const get = async (query: string) => {
    const res = await admin.get(`/encounters?${PERIOD}&${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as Page;
  };
  const cursor = (c: string) => `cursor=${encodeURIComponent(c)}`;

  /** Every page from the first, by `next`. */
  const walk = async (query: string) => {
    const pages = [await get(query)];
    while (pages.at(-1)!.next) pages.push(await get(`${query}&${cursor(pages.at(-1)!.next!)}`));
    return pages;
  };

  it('walks every row once by next, in the order of the list, across centres and shared instants', async () => {
    const pages = await walk('pageSize=4');
    expect(pages.map((p) => p.page)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(pages.flatMap((p) => p.items.map((r) => r.id))).toEqual(inOrder(rows));
    expect(pages.map((p) => p.items.length)).toEqual([4, 4, 4, 4, 4, 4, 4, 1]);
    expect(pages.every((p) => p.total === 29 && !p.totalCapped)).toBe(true);
    expect(pages[0]!.prev).toBeNull();
    expect(pages.slice(1).every((p) => p.prev)).toBe(true);
  });

  it('walks back by prev through the same pages, to the first', async () => {
    const forward = await walk('pageSize=4');
    const back = [forward.at(-1)!];
    while (back.at(-1)!.prev) back.push(await get(`pageSize=4&${cursor(back.at(-1)!.prev!)}`));
    expect(back.map((p) => p.page)).toEqual([8, 7, 6, 5, 4, 3, 2, 1]);
    expect(back.map((p) => p.items.map((r) => r.id))).toEqual(
      forward.map((p) => p.items.map((r) => r.id)).reverse(),
    );
    expect(back.at(-1)!.prev).toBeNull();
  });

  it('walks the rows of two filters the same way', async () => {
    const matching = rows.filter((r, i) => r.caf && i % 4 !== 3);
    const pages = await walk('pageSize=3&theme=aide_aux_demarches_administratives&institution=caf');
    expect(pages.flatMap((p) => p.items.map((r) => r.id))).toEqual(inOrder(matching));
    expect(pages[0]!.total).toBe(matching.length);
  });

  it('counts an encounter of two of the themes asked for once', async () => {
    const page = await get('theme=aide_aux_demarches_administratives&theme=email');
    expect(page.total).toBe(29);
    expect(new Set(page.items.map((r) => r.id)).size).toBe(29);
  });

  it('counts a value filter with a filter on the encounter itself (agent, type) as it lists them', async () => {
    const caf = rows.filter((r) => r.caf).length;
    expect((await get('institution=caf&agent=agent-1')).total).toBe(caf);
    expect((await get('institution=caf&agent=someone-else')).total).toBe(0);
    expect((await get('institution=caf&type=collectif')).total).toBe(0);
    expect((await get('institution=caf&type=individuel&pageSize=200')).items.length).toBe(caf);
  });

  it('names the same pages by number from the top, and gives them cursors', async () => {
    const third = await get('pageSize=5&page=3');
    expect(third.items.map((r) => r.id)).toEqual(inOrder(rows).slice(10, 15));
    const fourth = await get(`pageSize=5&${cursor(third.next!)}`);
    expect(fourth.page).toBe(4);
    expect(fourth.items.map((r) => r.id)).toEqual((await get('pageSize=5&page=4')).items.map((r) => r.id));
    const second = await get(`pageSize=5&${cursor(third.prev!)}`);
    expect(second.page).toBe(2);
    expect(second.items.map((r) => r.id)).toEqual(inOrder(rows).slice(5, 10));
    const beyond = await get('pageSize=5&page=9');
    expect(beyond.items).toEqual([]);
    expect(beyond.next).toBeNull();
  });

  it('answers a cursor it did not write with a 400 that says so, never a 500', async () => {
    const b64 = (text: string) => Buffer.from(text).toString('base64url');
    for (const bad of [
      'nimportequoi!',
      b64('pas du JSON'),
      b64('{"page":2}'),
      b64('[0,"2026-11-02T08:00:00.000Z","x",0]'),
      b64('[2,"hier","x",0]'),
      b64('[2,"2026-11-02T08:00:00.000Z","",0]'),
      b64('[2,"2026-11-02T08:00:00.000Z","x",2]'),
      'A'.repeat(5000),
    ]) {
      const res = await admin.get(`/encounters?${PERIOD}&${cursor(bad)}`);
      expect(res.status, bad).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe('invalid');
      expect(error.message).toContain('cursor');
      expect(error.message).toContain('première page');
    }
  });
});
