// A pull that pages through ONE change version spread over every kind of row (DESIGN.md "Sync"):
// partners, activities (one deleted), the agent, the centre, a device command, the content pointer
// and permanences (one deleted), all stamped in one transaction. A page may end anywhere inside
// that version: each change comes exactly once, in (version, entity) order, and the last page says
// there is no more. Also: a cursor that already holds a purged deletion is not told to reset, and a
// read from zero after the purge pages through older rows without being reset. On
// SQLite and PostgreSQL, through the HTTP pull.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullChange, PullResponse } from '../../../src/shared/protocol';
import { bumpChangeVersion } from '../../db/change-version';
import { purgeTombstones } from '../../sync/tombstones';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { authHeaders, enrolTablet, seedWorld, type Tablet, type World } from '../../test-support/sync';

describe.each(DB_KINDS)('a pull through one version of every kind on %s', (kind) => {
  let server: TestServer;
  let world: World;
  let tablet: Tablet;
  let version = 0;
  const db = () => server.deps.database.db;
  const page = async (query: string) => {
    const res = await server.app.request(`/api/v1/sync/pull${query}`, { headers: authHeaders(tablet) });
    expect(res.status).toBe(200);
    return (await res.json()) as PullResponse;
  };
  /** Every page of `limit` from `cursor`, until one says there is no more. */
  const pages = async (limit: number, cursor: string) => {
    const out: PullResponse[] = [];
    for (let n = 0; n < 100; n++) {
      const p = await page(`?limit=${limit}&cursor=${encodeURIComponent(cursor)}`);
      out.push(p);
      cursor = p.cursor;
      if (!p.hasMore) return out;
    }
    throw new Error('pull never ended');
  };
  const key = (c: PullChange) => `${c.entity}:${c.id}${c.deleted ? ':deleted' : ''}`;
  let before = ''; // the cursor after everything older than the shared version

  beforeAll(async () => {
    server = await createTestServer(kind);
    world = await seedWorld(server.deps);
    const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);
    tablet = await enrolTablet(server.deps, fetcher, world.centreA);
    // One partner older than the shared version (older than the horizon once the purge has run).
    await db()
      .transaction()
      .execute(async (trx) => {
        const older = await bumpChangeVersion(trx);
        const data = JSON.stringify({
          id: 'p-0',
          territoryId: 'croissant-sud',
          name: 'p-0',
          redirectionKind: 'administration',
          themes: [],
        });
        await trx
          .insertInto('partners')
          .values({
            id: 'p-0',
            territory_id: 'croissant-sud',
            name: 'p-0',
            data,
            version: older,
            deleted_at: null,
          })
          .execute();
      });
    before = (await pages(1000, '')).at(-1)!.cursor;
    const gone = '2026-11-01T00:00:00.000Z';
    await db()
      .transaction()
      .execute(async (trx) => {
        version = await bumpChangeVersion(trx);
        for (const id of ['p-1', 'p-2']) {
          const data = JSON.stringify({
            id,
            territoryId: 'croissant-sud',
            name: id,
            redirectionKind: 'administration',
            themes: [],
          });
          await trx
            .insertInto('partners')
            .values({ id, territory_id: 'croissant-sud', name: id, data, version, deleted_at: null })
            .execute();
        }
        for (const [id, deletedAt] of [
          ['a-1', null],
          ['a-2', gone],
        ] as const) {
          const data = JSON.stringify({
            id,
            centreId: world.centreA,
            title: 'Atelier',
            startsAt: '2026-11-10T14:00:00.000Z',
            place: 'Salle 1',
          });
          await trx
            .insertInto('activities')
            .values({ id, centre_id: world.centreA, data, version, deleted_at: deletedAt })
            .execute();
        }
        await trx.updateTable('agents').set({ version }).where('id', '=', world.agentA).execute();
        await trx.updateTable('centres').set({ version }).where('id', '=', world.centreA).execute();
        await trx
          .insertInto('device_commands')
          .values({ id: 'cmd-1', device_id: tablet.deviceId, command: 'wipe', created_at: gone, version })
          .execute();
        await trx
          .insertInto('content_versions')
          .values({
            version: 7,
            bundle: '{}',
            etag: '"c7"',
            change_version: version,
            published_at: gone,
            published_by: null,
          })
          .execute();
        for (const [id, deletedAt] of [
          ['m-1', null],
          ['m-2', gone],
        ] as const) {
          await trx
            .insertInto('permanences')
            .values({
              id,
              centre_id: world.centreA,
              data: JSON.stringify({ id }),
              version,
              deleted_at: deletedAt,
            })
            .execute();
        }
      });
  });
  afterAll(() => server.close());

  const expected = () => [
    'partner:p-1',
    'partner:p-2',
    'activity:a-1',
    'activity:a-2:deleted',
    `agent:${world.agentA}`,
    'centre:centre-a',
    'device_command:cmd-1',
    'content:current',
    'permanence:m-1',
    'permanence:m-2:deleted',
  ];

  it('in one page: every change of the version once, in entity order, and nothing more', async () => {
    const [only, ...more] = await pages(1000, before);
    expect(more).toEqual([]);
    const want = expected();
    expect(only!.changes.map(key)).toEqual(want);
    expect(only!.changes.every((c) => c.version === version)).toBe(true);
    expect(only!.changes.find((c) => c.entity === 'content')?.record).toEqual({
      id: 'current',
      version: 7,
      etag: '"c7"',
    });
    expect(only!.changes.find((c) => c.entity === 'activity' && c.deleted)?.record).toBeUndefined();
    expect(only!.changes.find((c) => c.entity === 'device_command')?.record).toEqual({
      id: 'cmd-1',
      command: 'wipe',
      at: '2026-11-01T00:00:00.000Z',
    });
  });

  it.each([1, 2, 3, 9, 10])(
    'a page of %i ends anywhere inside the version: nothing skipped, nothing twice',
    async (limit) => {
      const all = await pages(limit, before);
      const want = expected();
      expect(all.flatMap((p) => p.changes.map(key))).toEqual(want);
      // Full pages until the last; only the last says there is no more.
      expect(all.map((p) => p.changes.length)).toEqual(
        Array.from({ length: Math.ceil(want.length / limit) }, (_, i) =>
          Math.min(limit, want.length - i * limit),
        ),
      );
      expect(all.map((p) => p.hasMore)).toEqual(all.map((_, i) => i < all.length - 1));
      // The last cursor holds: nothing comes after it.
      expect((await page(`?cursor=${all.at(-1)!.cursor}`)).changes).toEqual([]);
    },
  );

  it('a cursor that already holds the purged deletions is not told to reset', async () => {
    const upToDate = (await pages(1000, before)).at(-1)!.cursor;
    server.setNow(new Date('2027-06-01T00:00:00.000Z')); // past the tombstones' keeping time
    try {
      const purged = await purgeTombstones(db(), server.deps.now());
      expect(purged).toEqual({ purged: 1, horizon: version }); // the deleted activity
      const next = await page(`?cursor=${upToDate}`);
      expect(next).toMatchObject({ changes: [], hasMore: false });
      expect(next.reset).toBeUndefined();
      // One that stopped before the deletion is, with an empty last page and a cursor from zero.
      expect(await page(`?cursor=${before}`)).toMatchObject({ changes: [], hasMore: false, reset: true });
      // A read from zero pages through rows older than the new horizon without being reset.
      const fromZero = await pages(1, '');
      expect(fromZero.filter((p) => p.reset)).toEqual([]);
      const whole = (await pages(1000, ''))[0]!.changes.map(key);
      expect(fromZero.flatMap((p) => p.changes.map(key))).toEqual(whole);
      expect(whole).toEqual(['partner:p-0', ...expected().filter((k) => k !== 'activity:a-2:deleted')]);
    } finally {
      server.setNow(new Date('2026-11-02T10:00:00.000Z'));
    }
  });
});
