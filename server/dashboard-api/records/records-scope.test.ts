import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, errorOf, type Fixture, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { encounter, insertRecord, outing } from '../../test-support/records';

interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
type Row = { id: string; centreId: string; reviewState: string; outing: { placeKind: string } | null };

describe.each(DB_KINDS)('dashboard records, filters and scope on %s', (kind) => {
  let server: TestServer;
  let fx: Fixture;
  let coordA: Client;
  let coordB: Client;
  let territory: Client;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await createTestServer(kind);
    fx = await seedCentres(server);
    const o = outing({
      centreId: 'centre-a',
      createdAt: '2026-11-03T09:00:00.000Z',
      placeKind: 'hall_immeuble',
    });
    ids.outingA = await insertRecord(server, 'outing', o);
    ids.a1 = await insertRecord(
      server,
      'encounter',
      encounter({
        centreId: 'centre-a',
        createdAt: '2026-11-03T09:30:00.000Z',
        outingId: o.id,
        themes: ['aide_aux_demarches_administratives'],
        institutions: ['caf'],
        actions: [{ kind: 'orientation', redirectionKind: 'aide_sociale', partnerId: 'partner-ccas' }],
        note: '=HYPERLINK("http://x","y")',
      }),
    );
    ids.a2 = await insertRecord(
      server,
      'encounter',
      encounter({
        centreId: 'centre-a',
        createdAt: '2026-11-10T14:00:00.000Z',
        themes: ['email'],
        institutions: ['impots'],
      }),
    );
    // 31 October 23:30 in Paris is 22:30 UTC: it belongs to October, not November.
    ids.aOct = await insertRecord(
      server,
      'encounter',
      encounter({ centreId: 'centre-a', createdAt: '2026-10-31T22:30:00.000Z', themes: ['email'] }),
    );
    // 30 November 23:30 in Paris belongs to November.
    ids.aLate = await insertRecord(
      server,
      'encounter',
      encounter({ centreId: 'centre-a', createdAt: '2026-11-30T22:30:00.000Z', type: 'information' }),
    );
    ids.aDeleted = await insertRecord(
      server,
      'encounter',
      encounter({ centreId: 'centre-a', createdAt: '2026-11-05T10:00:00.000Z' }),
      { deleted: true },
    );
    ids.b1 = await insertRecord(
      server,
      'encounter',
      encounter({ centreId: 'centre-b', createdAt: '2026-11-04T10:00:00.000Z', institutions: ['caf'] }),
    );
    ids.c1 = await insertRecord(
      server,
      'encounter',
      encounter({ centreId: 'centre-c', createdAt: '2026-11-04T11:00:00.000Z', institutions: ['caf'] }),
    );
    coordA = await signIn(server, 'coord-a');
    coordB = await signIn(server, 'coord-b');
    territory = await signIn(server, 'terr-sud');
  });
  afterAll(() => server.close());

  const list = async (client: Client, query: string) => {
    const res = await client.get(`/encounters?${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as Page<Row>;
  };

  it('lists a period by Paris calendar days, newest first, without deleted records', async () => {
    const page = await list(coordA, 'from=2026-11-01&to=2026-11-30');
    expect(page.items.map((r) => r.id)).toEqual([ids.aLate, ids.a2, ids.a1]);
    expect(page.total).toBe(3);
    const oct = await list(coordA, 'from=2026-10-01&to=2026-10-31');
    expect(oct.items.map((r) => r.id)).toEqual([ids.aOct]);
  });

  it('gives a coordinator of centre A nothing of centre B, even when asked for it', async () => {
    expect(
      (await list(coordA, 'from=2026-11-01&to=2026-11-30')).items.every((r) => r.centreId === fx.centreA),
    ).toBe(true);
    expect((await list(coordA, 'from=2026-11-01&to=2026-11-30&centre=centre-b')).items).toEqual([]);
    expect((await list(coordA, 'from=2026-11-01&to=2026-11-30&territory=nord')).items).toEqual([]);
    expect((await coordA.get(`/encounters/${ids.b1}`)).status).toBe(404);
    expect((await coordB.get(`/encounters/${ids.a1}`)).status).toBe(404);
    expect((await coordB.get(`/outings/${ids.outingA}`)).status).toBe(404);
    const review = await coordB.send('PUT', `/records/${ids.a1}/review`, { state: 'valide' });
    expect(review.status).toBe(404);
  });

  it('gives a territory coordinator the centres of the territory only', async () => {
    const page = await list(territory, 'from=2026-11-01&to=2026-11-30&institution=caf');
    expect(page.items.map((r) => r.id).sort()).toEqual([ids.a1, ids.c1].sort());
  });

  it('filters by theme, institution, action, partner and place kind', async () => {
    const q = 'from=2026-11-01&to=2026-11-30';
    expect((await list(coordA, `${q}&theme=email`)).items.map((r) => r.id)).toEqual([ids.a2]);
    expect((await list(coordA, `${q}&institution=caf`)).items.map((r) => r.id)).toEqual([ids.a1]);
    expect((await list(coordA, `${q}&action=orientation`)).items.map((r) => r.id)).toEqual([ids.a1]);
    expect((await list(coordA, `${q}&partner=partner-ccas`)).items.map((r) => r.id)).toEqual([ids.a1]);
    expect((await list(coordA, `${q}&placeKind=hall_immeuble`)).items.map((r) => r.id)).toEqual([ids.a1]);
    expect((await list(coordA, `${q}&type=information`)).items.map((r) => r.id)).toEqual([ids.aLate]);
    expect((await list(coordA, `${q}&theme=email&theme=aide_aux_demarches_administratives`)).total).toBe(2);
  });

  it('filters by agent', async () => {
    expect((await list(coordA, 'from=2026-11-01&to=2026-11-30&agent=agent-1')).total).toBe(3);
    expect((await list(coordA, 'from=2026-11-01&to=2026-11-30&agent=someone-else')).total).toBe(0);
  });

  it('pages the list', async () => {
    const p1 = await list(coordA, 'from=2026-11-01&to=2026-11-30&pageSize=2');
    const p2 = await list(coordA, 'from=2026-11-01&to=2026-11-30&pageSize=2&page=2');
    expect(p1.items.length).toBe(2);
    expect(p2.items.map((r) => r.id)).toEqual([ids.a1]);
    expect(p2.total).toBe(3);
  });

  it('answers a bad filter with a 400 naming it', async () => {
    const bad = await coordA.get('/encounters?theme=cuisine');
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('theme');
    const badDate = await coordA.get('/encounters?from=2026-02-30');
    expect(badDate.status).toBe(400);
    expect((await errorOf(badDate)).message).toContain('from');
  });

  it('shows one encounter with its outing, partner names and review', async () => {
    const res = await coordA.get(`/encounters/${ids.a1}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      encounter: Row;
      outing: { id: string; placeKind: string };
      partners: { id: string; name: string }[];
      review: unknown;
    };
    expect(body.outing.id).toBe(ids.outingA);
    expect(body.encounter.outing?.placeKind).toBe('hall_immeuble');
    expect(body.partners).toEqual([{ id: 'partner-ccas', name: 'partner-ccas' }]);
    expect(body.review).toBeNull();
    expect(body.encounter.reviewState).toBe('recu');
  });

  it('keeps a review beside the record and never rewrites the record', async () => {
    const db = server.deps.database.db;
    const before = await db
      .selectFrom('records')
      .select(['data', 'rev'])
      .where('id', '=', ids.a2!)
      .executeTakeFirstOrThrow();
    const res = await coordA.send('PUT', `/records/${ids.a2}/review`, {
      state: 'a_verifier',
      comment: 'Durée manquante',
    });
    expect(res.status).toBe(200);
    const { review } = (await res.json()) as {
      review: { state: string; comment: string; updatedBy: { name: string } };
    };
    expect(review).toMatchObject({
      state: 'a_verifier',
      comment: 'Durée manquante',
      updatedBy: { name: 'Coordination A' },
    });
    const after = await db
      .selectFrom('records')
      .select(['data', 'rev'])
      .where('id', '=', ids.a2!)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(before);
    expect((await list(coordA, 'review=a_verifier')).items.map((r) => r.id)).toEqual([ids.a2]);
    const bad = await coordA.send('PUT', `/records/${ids.a2}/review`, { state: 'approuve' });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('state');
  });

  it('lists outings with their encounter count, by start day', async () => {
    const res = await coordA.get('/outings?from=2026-11-01&to=2026-11-30');
    const page = (await res.json()) as Page<{ id: string; encounterCount: number }>;
    expect(page.items).toEqual([expect.objectContaining({ id: ids.outingA, encounterCount: 1 })]);
    expect(
      ((await (await coordB.get('/outings?from=2026-11-01&to=2026-11-30')).json()) as Page<unknown>).items,
    ).toEqual([]);
  });
});
