import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PullChange, type PullResponse, PullResponseSchema } from '../../../src/shared/protocol';
import { bumpChangeVersion } from '../../db/change-version';
import { queueDeviceCommand, revokeDevice } from '../../services/devices';
import { encodeCursor } from '../../sync/cursor';
import { purgeTombstones } from '../../sync/tombstones';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { authHeaders, enrolTablet, seedWorld, type Tablet, type World } from '../../test-support/sync';

describe.each(DB_KINDS)('sync pull on %s', (kind) => {
  let server: TestServer;
  let world: World;
  let tablet: Tablet;
  let other: Tablet;

  const pull = (t: Tablet, query = '') =>
    server.app.request(`/api/v1/sync/pull${query}`, { headers: authHeaders(t) });

  async function pullAll(
    t: Tablet,
    limit: number,
    from = '',
  ): Promise<{ changes: PullChange[]; cursor: string; pages: number }> {
    const changes: PullChange[] = [];
    let cursor = from;
    for (let pages = 1; pages <= 500; pages++) {
      const res = await pull(t, `?limit=${limit}&cursor=${encodeURIComponent(cursor)}`);
      expect(res.status).toBe(200);
      // Each page must be what the tablet's own schema accepts (src/sync/pull.ts parses with it).
      const body = v.parse(PullResponseSchema, await res.json()) as PullResponse;
      changes.push(...body.changes);
      cursor = body.cursor;
      if (!body.hasMore) return { changes, cursor, pages };
    }
    throw new Error('pull never ended');
  }

  async function publishPartners(territoryId: string, count: number, prefix: string) {
    await server.deps.database.db.transaction().execute(async (trx) => {
      const version = await bumpChangeVersion(trx);
      for (let i = 0; i < count; i++) {
        const id = `${prefix}-${String(i).padStart(3, '0')}`;
        const partner = {
          id,
          territoryId,
          name: `Partenaire ${i}`,
          redirectionKind: 'administration',
          themes: [],
        };
        await trx
          .insertInto('partners')
          .values({
            id,
            territory_id: territoryId,
            name: partner.name,
            data: JSON.stringify(partner),
            version,
            deleted_at: null,
          })
          .execute();
      }
    });
  }

  beforeAll(async () => {
    server = await createTestServer(kind);
    world = await seedWorld(server.deps);
    const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);
    tablet = await enrolTablet(server.deps, fetcher, world.centreA);
    other = await enrolTablet(server.deps, fetcher, world.centreB);
    await publishPartners('croissant-sud', 7, 'sud');
    await publishPartners('versant-nord-est', 3, 'nord');
    const db = server.deps.database.db;
    await db.transaction().execute(async (trx) => {
      const version = await bumpChangeVersion(trx);
      for (const [id, centreId] of [
        ['atelier-a', world.centreA],
        ['atelier-b', world.centreB],
      ] as const) {
        const activity = {
          id,
          centreId,
          title: 'Atelier',
          startsAt: '2026-11-10T14:00:00.000Z',
          place: 'Salle 1',
        };
        await trx
          .insertInto('activities')
          .values({ id, centre_id: centreId, data: JSON.stringify(activity), version })
          .execute();
      }
      const cv = await bumpChangeVersion(trx);
      await trx
        .insertInto('content_versions')
        .values({
          version: 1,
          bundle: '{}',
          etag: '"c1"',
          change_version: cv,
          published_at: '2026-11-01T00:00:00Z',
          published_by: null,
        })
        .execute();
    });
    await queueDeviceCommand(db, tablet.deviceId, 'wipe', server.deps.now());
    await queueDeviceCommand(db, other.deviceId, 'wipe', server.deps.now());
  });
  afterAll(() => server.close());

  it('sends from the start only what belongs to the tablet’s centre and territory', async () => {
    const { changes } = await pullAll(tablet, 200);
    const ids = (entity: string) =>
      changes
        .filter((c) => c.entity === entity)
        .map((c) => c.id)
        .sort();
    expect(ids('partner')).toEqual([
      'sud-000',
      'sud-001',
      'sud-002',
      'sud-003',
      'sud-004',
      'sud-005',
      'sud-006',
    ]);
    expect(ids('activity')).toEqual(['atelier-a']);
    expect(ids('agent')).toEqual([world.agentA]);
    expect(ids('centre')).toEqual(['centre-a']);
    expect(changes.filter((c) => c.entity === 'device_command')).toHaveLength(1);
    expect(changes.find((c) => c.entity === 'content')?.record).toEqual({
      id: 'current',
      version: 1,
      etag: '"c1"',
    });
    const agent = changes.find((c) => c.entity === 'agent')?.record as {
      pinVerifier: { alg: string };
      centreId: string;
    };
    expect(agent.pinVerifier.alg).toBe('PBKDF2-SHA256');
    expect(agent.centreId).toBe('centre-a');
    const centre = changes.find((c) => c.entity === 'centre')?.record as {
      publicKey: { kty: string };
      territoryName: string;
    };
    expect(centre.publicKey.kty).toBe('EC');
    expect(centre.territoryName).toBe('Croissant sud');
    const versions = changes.map((c) => c.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
  });

  it('pages through a group of rows sharing one version without skipping or repeating', async () => {
    const all = await pullAll(tablet, 1000);
    const paged = await pullAll(tablet, 2);
    expect(paged.pages).toBeGreaterThan(5);
    expect(paged.changes.map((c) => `${c.entity}:${c.id}`)).toEqual(
      all.changes.map((c) => `${c.entity}:${c.id}`),
    );
  });

  it('resumes from a cursor with only what changed since', async () => {
    const { cursor } = await pullAll(tablet, 200);
    const empty = (await (await pull(tablet, `?cursor=${cursor}`)).json()) as PullResponse;
    expect(empty).toEqual({ changes: [], cursor, hasMore: false, epoch: expect.any(String) });
    await server.deps.database.db.transaction().execute(async (trx) => {
      const version = await bumpChangeVersion(trx);
      await trx
        .updateTable('agents')
        .set({ deleted_at: server.deps.now().toISOString(), version })
        .where('id', '=', world.agentA)
        .execute();
    });
    await publishPartners('versant-nord-est', 1, 'nord-late');
    const next = (await (await pull(tablet, `?cursor=${cursor}`)).json()) as PullResponse;
    expect(next.changes).toEqual([
      { entity: 'agent', id: world.agentA, version: expect.any(Number), deleted: true },
    ]);
  });

  it('answers reset when the cursor is older than the purged tombstones, and not from the start', async () => {
    const { cursor: old } = await pullAll(tablet, 200);
    await publishPartners('croissant-sud', 1, 'sud-late');
    await server.deps.database.db.transaction().execute(async (trx) => {
      const version = await bumpChangeVersion(trx);
      await trx
        .updateTable('partners')
        .set({ deleted_at: '2026-01-01T00:00:00.000Z', version })
        .where('id', '=', 'sud-late-000')
        .execute();
    });
    const purge = await purgeTombstones(server.deps.database.db, server.deps.now());
    expect(purge.purged).toBeGreaterThanOrEqual(1);
    const res = (await (await pull(tablet, `?cursor=${old}`)).json()) as PullResponse;
    expect(res.reset).toBe(true);
    expect(res.changes).toEqual([]);
    const restart = (await (await pull(tablet, `?cursor=${res.cursor}`)).json()) as PullResponse;
    expect(restart.reset).toBeUndefined();
    expect(restart.changes.length).toBeGreaterThan(0);
    const fresh = (await (await pull(tablet)).json()) as PullResponse;
    expect(fresh.reset).toBeUndefined();
  });

  it('answers reset to a cursor past the change counter (made before a restore), not to the latest', async () => {
    const { cursor: latest } = await pullAll(tablet, 200);
    const { version } = await server.deps.database.db
      .selectFrom('change_counter')
      .select('version')
      .executeTakeFirstOrThrow();
    const ahead = encodeCursor({ v: version + 5 });
    const res = (await (await pull(tablet, `?cursor=${ahead}`)).json()) as PullResponse;
    expect(res).toMatchObject({ reset: true, changes: [], hasMore: false });
    const same = (await (await pull(tablet, `?cursor=${latest}`)).json()) as PullResponse;
    expect(same.reset).toBeUndefined();
  });

  it('pages through a read from zero after a purge without being told to reset again', async () => {
    await server.deps.database.db.transaction().execute(async (trx) => {
      const version = await bumpChangeVersion(trx);
      await trx
        .updateTable('partners')
        .set({ deleted_at: '2026-01-01T00:00:00.000Z', version })
        .where('id', '=', 'sud-late-000')
        .execute();
    });
    await purgeTombstones(server.deps.database.db, server.deps.now());
    await publishPartners('croissant-sud', 3, 'after-purge');
    const paged = await pullAll(tablet, 1);
    expect(paged.pages).toBeGreaterThan(3);
    expect(paged.changes.map((c) => c.id)).toContain('after-purge-002');
    const all = await pullAll(tablet, 1000);
    expect(paged.changes.map((c) => `${c.entity}:${c.id}`)).toEqual(
      all.changes.map((c) => `${c.entity}:${c.id}`),
    );
  });

  it('answers a malformed cursor or limit with a 400 in words', async () => {
    for (const query of [
      '?cursor=%%%',
      '?cursor=bm90LWpzb24',
      `?cursor=${Buffer.from('{"v":-1}').toString('base64url')}`,
      '?limit=abc',
      '?limit=0',
    ]) {
      const res = await pull(tablet, query);
      expect(res.status, query).toBe(400);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('invalid');
    }
  });

  it('caps the page at 1000 changes, and the next page brings the rest', async () => {
    await publishPartners('croissant-sud', 1001, 'cap');
    const first = await pull(tablet, '?limit=5000');
    expect(first.status).toBe(200);
    const page = (await first.json()) as PullResponse;
    expect(page.changes).toHaveLength(1000);
    expect(page.hasMore).toBe(true);
    const rest = await pullAll(tablet, 1000, page.cursor);
    expect(rest.pages).toBe(1);
    const all = [...page.changes, ...rest.changes];
    expect(new Set(all.map((c) => `${c.entity}:${c.id}`)).size).toBe(all.length);
    expect(all.filter((c) => c.id.startsWith('cap-'))).toHaveLength(1001);
  });

  it('answers 401 without a token or with an unknown one, and 403 device_revoked once revoked', async () => {
    expect((await server.app.request('/api/v1/sync/pull')).status).toBe(401);
    const wrong = await server.app.request('/api/v1/sync/pull', {
      headers: { authorization: 'Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    });
    expect(wrong.status).toBe(401);
    const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);
    const doomed = await enrolTablet(server.deps, fetcher, world.centreA, 'Volée');
    expect((await pull(doomed)).status).toBe(200);
    await revokeDevice(server.deps.database.db, doomed.deviceId, server.deps.now());
    const res = await pull(doomed);
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({
      error: {
        code: 'device_revoked',
        message: 'Cette tablette a été retirée. Contactez votre coordinateur.',
      },
    });
  });
});
