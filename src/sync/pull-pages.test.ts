// The pull's pages and their ends: what the summary and the progress say, an answer it cannot read,
// a server that keeps saying « more » without moving its cursor (or for ever), a reset asked for
// where none can be, and the read from zero after a reset: big pages, every page, one cursor.
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PULL_LIMIT } from '../shared/protocol';
import { pullAll } from './pull';
import { getState, setState } from './state';
import { FakeServer, TOKEN } from './test-support/fake-server';
import { deleteTestDbs, freshDb } from './test-support/local';
import { partner } from './test-support/reference';

afterEach(deleteTestDbs);

type Db = ReturnType<typeof freshDb>;
const MAX_PAGES = 5;

function deps(db: Db, fetch: FakeServer['fetch'], limit?: number) {
  const pushes: number[] = [];
  return { db, fetch, token: TOKEN, pushAll: async () => pushes.push(1), limit, pushes, maxPages: MAX_PAGES };
}

/** A server that answers every pull with `page(n)` (n counts from 1), counting the requests. */
function scripted(page: (n: number, url: URL) => unknown) {
  const urls: URL[] = [];
  const fetch = async (input: string) => {
    const url = new URL(input, 'http://tablet.test');
    urls.push(url);
    return new Response(JSON.stringify(page(urls.length, url)), { status: 200 });
  };
  return { fetch, urls };
}

describe('pull pages', () => {
  it('says how many pages it applied and what, and reports the progress after each page', async () => {
    const db = freshDb();
    const server = new FakeServer();
    for (let i = 1; i <= 5; i++) server.publish('partner', `p${i}`, partner(`p${i}`));
    const progress: number[] = [];
    const summary = await pullAll({ ...deps(db, server.fetch, 2), onProgress: (n) => void progress.push(n) });
    expect(summary).toEqual({ applied: 5, keptPending: 0, skipped: 0, pages: 3, reset: false });
    expect(progress).toEqual([2, 4, 5]);
    expect(server.pullCursors).toEqual([null, '2.0', '4.0']);
  });

  it('an answer it cannot read changes nothing and says the server is at fault', async () => {
    const db = freshDb();
    await setState(db, 'pull:cursor', '3.0');
    const { fetch } = scripted(() => ({ changes: 'none' }));
    await expect(pullAll(deps(db, fetch))).rejects.toMatchObject({
      kind: 'server',
      message: 'server: réponse de pull illisible',
    });
    expect(await getState(db, 'pull:cursor')).toBe('3.0');
  });

  it('stops when the server says « more » without moving its cursor', async () => {
    const db = freshDb();
    const { fetch, urls } = scripted(() => ({ changes: [], cursor: 'c1', hasMore: true }));
    expect(await pullAll(deps(db, fetch))).toMatchObject({ pages: 2 });
    expect(urls).toHaveLength(2);
  });

  it('stops at the safety net’s page count when the server always has more', async () => {
    const db = freshDb();
    const { fetch, urls } = scripted((n) => ({ changes: [], cursor: `c${n}`, hasMore: true }));
    expect(await pullAll(deps(db, fetch))).toMatchObject({ pages: MAX_PAGES });
    expect(urls).toHaveLength(MAX_PAGES);
  });

  it('refuses a reset asked for by the answer to a pull from nothing, and pushes nothing for it', async () => {
    const db = freshDb();
    const { fetch } = scripted(() => ({ changes: [], cursor: '', hasMore: false, reset: true }));
    const d = deps(db, fetch);
    await expect(pullAll(d)).rejects.toMatchObject({ message: 'server: reset demandé sans curseur' });
    expect(d.pushes).toEqual([]);
  });
});

describe('the read from zero after a reset', () => {
  const reset = { changes: [], cursor: '', hasMore: false, reset: true };

  it('asks for big pages, applies every one in one go, and keeps the last cursor', async () => {
    const db = freshDb();
    await setState(db, 'pull:cursor', 'old');
    await db.partners.put(partner('stale'));
    const { fetch, urls } = scripted((n) => {
      if (n === 1) return reset;
      const id = `p${n - 1}`;
      return {
        changes: [{ entity: 'partner', id, version: n, record: partner(id) }],
        cursor: `z${n}`,
        hasMore: n < 4,
      };
    });
    const d = deps(db, fetch);
    expect(await pullAll(d)).toEqual({ applied: 3, keptPending: 0, skipped: 0, pages: 3, reset: true });
    expect(d.pushes).toEqual([1]);
    expect(urls.map((u) => [u.searchParams.get('cursor'), u.searchParams.get('limit')])).toEqual([
      ['old', '200'],
      [null, String(MAX_PULL_LIMIT)],
      ['z2', String(MAX_PULL_LIMIT)],
      ['z3', String(MAX_PULL_LIMIT)],
    ]);
    expect((await db.partners.toArray()).map((p) => p.id)).toEqual(['p1', 'p2', 'p3']);
    expect(await getState(db, 'pull:cursor')).toBe('z4');
  });

  it('a second reset in the middle of it changes nothing', async () => {
    const db = freshDb();
    await setState(db, 'pull:cursor', 'old');
    await db.partners.put(partner('kept'));
    const { fetch } = scripted((n) => (n <= 2 ? reset : { changes: [], cursor: 'z', hasMore: false }));
    await expect(pullAll(deps(db, fetch))).rejects.toMatchObject({
      message: 'server: reset demandé depuis zéro',
    });
    expect((await db.partners.toArray()).map((p) => p.id)).toEqual(['kept']);
    expect(await getState(db, 'pull:cursor')).toBe('old');
  });

  it('stops when the cursor does not move, and at the safety net’s page count when the server always has more', async () => {
    const db = freshDb();
    await setState(db, 'pull:cursor', 'old');
    const still = scripted((n) => (n === 1 ? reset : { changes: [], cursor: 'z', hasMore: true }));
    expect(await pullAll(deps(db, still.fetch))).toMatchObject({ pages: 2, reset: true });
    expect(still.urls).toHaveLength(3);

    const endless = scripted((n) => (n === 1 ? reset : { changes: [], cursor: `z${n}`, hasMore: true }));
    expect(await pullAll(deps(db, endless.fetch))).toMatchObject({ pages: MAX_PAGES, reset: true });
    expect(endless.urls).toHaveLength(MAX_PAGES + 1);
  });
});
