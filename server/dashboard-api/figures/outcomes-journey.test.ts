// The "Done when" of issue 17, scripted over two tablets of one centre through the real push and
// pull: a market encounter with a new card, a sign-up, a check-in at the workshop, a feedback and
// two skills checks a month apart give one person at each stage of the funnel and one progression
// on each item that moved — equal to a hand count — with no name anywhere for that person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passIdFromBytes } from '../../../src/shared/pass';
import type { PullResponse } from '../../../src/shared/protocol';
import { REFERENCE_ENTITIES } from '../../../src/shared/reference';
import { createUser } from '../../services/users';
import { type Client, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import {
  authHeaders,
  enrolTablet,
  pushRequest,
  seedWorld,
  type Tablet,
  type World,
} from '../../test-support/sync';
import { parsePeriod } from '../period';
import { computeOutcomes, type Outcomes } from './outcomes';
import type { ProtectedOutcomes } from './outcomes-cells';
import { loadOutcomeInput } from './outcomes-load';

const CARD = passIdFromBytes(new Uint8Array([7, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]));
const ids = {
  outing: '019a3000-0000-7000-8000-000000000001',
  encounter: '019a3000-0000-7000-8000-000000000002',
  signup: '019a3000-0000-7000-8000-000000000003',
  attendance: '019a3000-0000-7000-8000-000000000004',
  check1: '019a3000-0000-7000-8000-000000000005',
  feedback: '019a3000-0000-7000-8000-000000000006',
  check2: '019a3000-0000-7000-8000-000000000007',
};

describe.each(DB_KINDS)('a resident’s journey over two tablets, counted by card, on %s', (kind) => {
  let server: TestServer;
  let world: World;
  let market: Tablet;
  let workshop: Tablet;
  let coord: Client;
  let activityId: string;
  const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);
  const base = (tablet: Tablet, id: string, createdAt: string) => ({
    id,
    centreId: tablet.centre.id,
    deviceId: tablet.deviceId,
    agentId: world.agentA,
    createdAt,
    rev: 1,
  });
  async function push(tablet: Tablet, firstSeq: number, mutations: [string, Record<string, unknown>][]) {
    const res = await pushRequest(
      fetcher,
      tablet,
      mutations.map(([entity, record], i) => ({ seq: firstSeq + i, entity, op: 'upsert' as const, record })),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as { results: { status: string; error?: string }[] };
    expect(body.results.map((r) => r.error ?? r.status)).toEqual(mutations.map(() => 'applied'));
  }
  const cursors = new Map<string, string>();
  /** One pull from the tablet's last cursor (the first from zero), as the tablet's engine does. */
  async function pull(tablet: Tablet): Promise<PullResponse['changes']> {
    const cursor = cursors.get(tablet.deviceId);
    const query = cursor ? `?limit=1000&cursor=${encodeURIComponent(cursor)}` : '?limit=1000';
    const res = await fetcher(`/api/v1/sync/pull${query}`, { headers: authHeaders(tablet) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as PullResponse;
    expect(body.hasMore).toBe(false);
    cursors.set(tablet.deviceId, body.cursor);
    return body.changes;
  }
  /** The activity as the next pull brings it: only there when its roster changed since the last pull. */
  const rosterOf = async (tablet: Tablet) =>
    (await pull(tablet)).find((c) => c.entity === 'activity' && c.id === activityId)?.record as
      | {
          purpose?: string;
          roster?: { signedUp: number; passIds: string[]; attended: number; checkedIn: string[] };
        }
      | undefined;

  beforeAll(async () => {
    server = await createTestServer(kind);
    server.setNow(new Date('2026-12-20T10:00:00.000Z'));
    world = await seedWorld(server.deps);
    await createUser(
      server.deps.database.db,
      {
        login: 'coord-a',
        name: 'Coordination A',
        password: 'mot-de-passe-de-test',
        role: 'coordinator',
        centreIds: [world.centreA],
      },
      server.deps.now(),
    );
    coord = await signIn(server, 'coord-a', 'mot-de-passe-de-test');
    market = await enrolTablet(server.deps, fetcher, world.centreA, 'Tablette du marché');
    workshop = await enrolTablet(server.deps, fetcher, world.centreA, 'Tablette de l’atelier');
    const res = await coord.send('POST', '/activities', {
      centreId: world.centreA,
      title: 'Atelier e-mail',
      startsAt: '2026-11-10T13:00:00.000Z',
      place: 'Salle informatique',
      seats: 8,
      purpose: 'Savoir envoyer un document à la CAF depuis chez soi.',
    });
    expect(res.status).toBe(201);
    activityId = ((await res.json()) as { item: { id: string } }).item.id;
    // Both tablets are up to date before the journey starts: what follows comes with new versions.
    expect((await rosterOf(market))?.roster).toEqual({
      signedUp: 0,
      passIds: [],
      attended: 0,
      checkedIn: [],
    });
    expect((await rosterOf(workshop))?.purpose).toBe('Savoir envoyer un document à la CAF depuis chez soi.');
    expect(await rosterOf(workshop)).toBeUndefined();
  });
  afterAll(() => server.close());

  it('the market tablet records an encounter with a new card and signs the card up', async () => {
    await push(market, 1, [
      [
        'outing',
        {
          ...base(market, ids.outing, '2026-11-03T08:00:00.000Z'),
          placeKind: 'marche',
          placeLabel: 'Marché de Wazemmes',
          neighbourhood: 'Wazemmes',
          qpv: true,
          startedAt: '2026-11-03T08:00:00.000Z',
        },
      ],
      [
        'encounter',
        {
          ...base(market, ids.encounter, '2026-11-03T09:30:00.000Z'),
          outingId: ids.outing,
          type: 'individuel',
          themes: ['email'],
          actions: [{ kind: 'inscription_activite', activityId }],
          passId: CARD,
        },
      ],
      [
        'signup',
        {
          ...base(market, ids.signup, '2026-11-03T09:31:00.000Z'),
          activityId,
          passId: CARD,
          at: '2026-11-03T09:31:00.000Z',
        },
      ],
    ]);
  });

  it('the workshop tablet’s next pull brings the roster: one sign-up and the card id, no name', async () => {
    const activity = await rosterOf(workshop);
    expect(activity?.purpose).toBe('Savoir envoyer un document à la CAF depuis chez soi.');
    expect(activity?.roster).toEqual({ signedUp: 1, passIds: [CARD], attended: 0, checkedIn: [] });
    expect(JSON.stringify(activity)).not.toMatch(/contact|firstName|Amina/);
  });

  it('the workshop tablet checks the card in, takes a skills check and a feedback', async () => {
    await push(workshop, 1, [
      [
        'attendance',
        {
          ...base(workshop, ids.attendance, '2026-11-10T13:05:00.000Z'),
          activityId,
          passId: CARD,
          count: 1,
          at: '2026-11-10T13:05:00.000Z',
        },
      ],
      [
        'skills_check',
        {
          ...base(workshop, ids.check1, '2026-11-10T15:00:00.000Z'),
          passId: CARD,
          context: 'atelier',
          items: { email: 'avec_aide', naviguer: 'pas_encore', clavier: 'seul', imprimer: 'pas_encore' },
          observed: [],
        },
      ],
      [
        'survey_response',
        {
          ...base(workshop, ids.feedback, '2026-11-10T15:10:00.000Z'),
          context: 'atelier',
          activityId,
          answers: { utile: 5, plus_autonome: 4 },
          learnt: ['email'],
          language: 'fr',
        },
      ],
    ]);
    expect((await rosterOf(market))?.roster).toEqual({
      signedUp: 1,
      passIds: [CARD],
      attended: 1,
      checkedIn: [CARD],
    });
  });

  it('a month later the market tablet takes a second check of the same card', async () => {
    await push(market, 4, [
      [
        'skills_check',
        {
          ...base(market, ids.check2, '2026-12-10T10:00:00.000Z'),
          passId: CARD,
          context: 'accompagnement',
          items: { email: 'seul', naviguer: 'seul', clavier: 'seul', imprimer: 'avec_aide' },
          observed: ['email'],
        },
      ],
    ]);
  });

  it('tablets never receive another tablet’s checks (nor any record) in a pull', async () => {
    for (const tablet of [market, workshop]) {
      cursors.delete(tablet.deviceId);
      const changes = await pull(tablet);
      expect(changes.every((c) => (REFERENCE_ENTITIES as readonly string[]).includes(c.entity))).toBe(true);
      const text = JSON.stringify(changes);
      for (const id of [ids.check1, ids.check2, ids.attendance, ids.feedback]) expect(text).not.toContain(id);
    }
  });

  it('gives one person at each stage of the funnel and one progression per item that moved (hand count)', async () => {
    const period = parsePeriod('2026-11-01', '2026-12-31', server.deps.now());
    const o: Outcomes = computeOutcomes(
      await loadOutcomeInput(server.deps.database.db, { centreIds: [world.centreA], period }),
    );
    expect(o.peopleWithCard).toBe(1);
    expect(o.funnel).toEqual({ met: 1, signedUp: 1, came: 1, cameBack: 1 });
    // email avec_aide → seul, naviguer pas_encore → seul; clavier was seul already; imprimer not yet seul.
    const moved = Object.fromEntries(o.progression.byItem.map((i) => [i.itemId, i.people]));
    expect(moved).toMatchObject({ email: 1, naviguer: 1, clavier: 0, imprimer: 0 });
    expect(Object.values(moved).reduce((a, b) => a + b, 0)).toBe(2);
    expect(o.progression.people).toBe(1);
    expect(o.months).toEqual([
      { month: '2026-11', people: 1, new: 1, returning: 0 },
      { month: '2026-12', people: 1, new: 0, returning: 1 },
    ]);
    expect(o.feedback).toHaveLength(1);
    expect(o.feedback[0]).toMatchObject({ activityId, title: 'Atelier e-mail', responses: 1 });
  });

  it('shows « moins de 5 » for those cells on the dashboard API, never the 1', async () => {
    const res = await coord.get('/figures/outcomes?from=2026-11-01&to=2026-12-31');
    expect(res.status).toBe(200);
    const o = (await res.json()) as ProtectedOutcomes;
    expect(o.funnel).toEqual({
      met: 'moins_de_5',
      signedUp: 'moins_de_5',
      came: 'moins_de_5',
      cameBack: 'moins_de_5',
    });
    const moved = Object.fromEntries(o.progression.byItem.map((i) => [i.itemId, i.people]));
    expect(moved).toMatchObject({ email: 'moins_de_5', naviguer: 'moins_de_5', clavier: 0 });
    expect(o.feedback[0]!.statements.find((s) => s.statementId === 'utile')?.average).toBe('moins_de_5');
  });

  it('keeps no name for that person: no contact, no record tying the card to one', async () => {
    const db = server.deps.database.db;
    const contacts = await db.selectFrom('records').select('id').where('entity', '=', 'contact').execute();
    expect(contacts).toEqual([]);
    const withCard = await db
      .selectFrom('records')
      .select('data')
      .where('data', 'like', `%${CARD}%`)
      .execute();
    expect(withCard).toHaveLength(5); // encounter, sign-up, attendance, two checks
    for (const r of withCard) expect(Object.keys(JSON.parse(r.data))).not.toContain('contactId');
  });
});
