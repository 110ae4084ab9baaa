// The dashboard opens on what to do (issue 16, point 8): this month against last month, the
// follow-ups due, the records waiting in quarantine, the tablets that need attention — in the
// coordinator's scope only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seal } from '../../../src/crypto/seal';
import { type Client, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { contact, encounter, insertRecord, outing } from '../../test-support/records';
import { tabletAttention } from './tablet-attention';

interface Home {
  thisMonth: Month;
  lastMonth: Month;
  followUps: { due: number; overdue: number };
  quarantine: { waiting: number };
  tablets: { name: string; centreName: string; attention: { kind: string; params?: { days?: number } }[] }[];
}

const NOW = '2026-12-10T10:00:00.000Z';

/** Counts of people as the small-cell rule lets them out (« moins de 5 » from 1 to 4). */
interface Month {
  period: { from: string; to: string };
  accompaniments: number | 'moins_de_5';
  peopleReached: number | 'moins_de_5';
  outings: number;
}

describe.each(DB_KINDS)('the dashboard home on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;
  let coordB: Client;

  beforeAll(async () => {
    server = await createTestServer(kind);
    server.setNow(new Date(NOW));
    await seedCentres(server);
    const db = server.deps.database.db;
    // Centre A: 2 encounters in December, 1 in November; an outing in November.
    for (const at of ['2026-12-02T09:00:00.000Z', '2026-12-09T09:00:00.000Z', '2026-11-15T09:00:00.000Z'])
      await insertRecord(server, 'encounter', encounter({ centreId: 'centre-a', createdAt: at }));
    await insertRecord(
      server,
      'outing',
      outing({ centreId: 'centre-a', createdAt: '2026-11-15T08:00:00.000Z' }),
    );
    // Centre B's records never reach centre A's coordinator.
    await insertRecord(
      server,
      'encounter',
      encounter({ centreId: 'centre-b', createdAt: '2026-12-03T09:00:00.000Z' }),
    );
    const key = await db
      .selectFrom('centres')
      .select('public_key')
      .where('id', '=', 'centre-a')
      .executeTakeFirstOrThrow();
    const sealed = await seal(
      { firstName: 'Amina', language: 'fr', preferredChannel: 'telephone', phone: '0612345678' },
      JSON.parse(key.public_key),
    );
    const c1 = await insertRecord(
      server,
      'contact',
      contact({ centreId: 'centre-a', createdAt: '2026-12-01T09:00:00.000Z', sealed }),
    );
    const c2 = await insertRecord(
      server,
      'contact',
      contact({ centreId: 'centre-a', createdAt: '2026-12-02T09:00:00.000Z', sealed }),
    );
    await insertRecord(
      server,
      'contact',
      contact({ centreId: 'centre-a', createdAt: '2026-12-03T09:00:00.000Z', sealed }),
    );
    // c1 overdue, c2 due later (not yet due), c3 never touched (to do, no date: due).
    await db
      .insertInto('follow_ups')
      .values([
        {
          contact_id: c1,
          status: 'a_faire',
          due_date: '2026-12-05',
          assignee: null,
          comment: null,
          updated_at: NOW,
        },
        {
          contact_id: c2,
          status: 'a_faire',
          due_date: '2026-12-20',
          assignee: null,
          comment: null,
          updated_at: NOW,
        },
      ])
      .execute();
    await db
      .insertInto('quarantine')
      .values([
        {
          device_id: 'd-a',
          centre_id: 'centre-a',
          seq: 1,
          entity: 'encounter',
          payload: '{}',
          reason: 'x',
          received_at: NOW,
        },
        {
          device_id: 'd-b',
          centre_id: 'centre-b',
          seq: 1,
          entity: 'encounter',
          payload: '{}',
          reason: 'x',
          received_at: NOW,
        },
      ])
      .execute();
    const device = (id: string, centre: string, name: string, lastSeen: string | null) => ({
      id,
      centre_id: centre,
      name,
      token_hash: id,
      status: 'active' as const,
      enrolled_at: '2026-10-01T00:00:00.000Z',
      last_seen_at: lastSeen,
      revoked_at: null,
    });
    await db
      .insertInto('devices')
      .values([
        device('d-a', 'centre-a', 'Tablette du marché', '2026-12-10T08:00:00.000Z'),
        device('d-a2', 'centre-a', 'Tablette du hall', '2026-11-20T08:00:00.000Z'),
        device('d-b', 'centre-b', 'Tablette de B', '2026-11-01T08:00:00.000Z'),
      ])
      .execute();
    coordA = await signIn(server, 'coord-a');
    coordB = await signIn(server, 'coord-b');
  });
  afterAll(() => server.close());

  it('compares this month with last month, in the coordinator’s scope, people under the small-cell rule', async () => {
    // 2 accompaniments (2 people) this month, 1 last month: « moins de 5 »; the outing is an event.
    const home = (await (await coordA.get('/home')).json()) as Home;
    expect(home.thisMonth).toMatchObject({
      period: { from: '2026-12-01', to: '2026-12-31' },
      accompaniments: 'moins_de_5',
      peopleReached: 'moins_de_5',
      outings: 0,
    });
    expect(home.lastMonth).toMatchObject({
      period: { from: '2026-11-01', to: '2026-11-30' },
      accompaniments: 'moins_de_5',
      peopleReached: 'moins_de_5',
      outings: 1,
    });
  });

  it('shows a month of 5 people as 5', async () => {
    for (const day of ['03', '04', '05'])
      await insertRecord(
        server,
        'encounter',
        encounter({ centreId: 'centre-a', createdAt: `2026-12-${day}T09:00:00.000Z` }),
      );
    const home = (await (await coordA.get('/home')).json()) as Home;
    expect(home.thisMonth).toMatchObject({ accompaniments: 5, peopleReached: 5 });
  });

  it('counts the follow-ups due (overdue ones apart) and the records waiting in quarantine', async () => {
    const home = (await (await coordA.get('/home')).json()) as Home;
    expect(home.followUps).toEqual({ due: 2, overdue: 1 });
    expect(home.quarantine).toEqual({ waiting: 1 });
  });

  it('lists the tablets that need attention, with why in a kind the page words', async () => {
    const home = (await (await coordA.get('/home')).json()) as Home;
    expect(home.tablets.map((t) => [t.name, t.attention])).toEqual([
      ['Tablette du hall', [{ kind: 'silent', params: { days: 20 } }]],
    ]);
    const b = (await (await coordB.get('/home')).json()) as Home;
    expect(b.tablets.map((t) => t.name)).toEqual(['Tablette de B']);
    expect(b.thisMonth.accompaniments).toBe('moins_de_5');
  });

  it('takes new checks (the heartbeat’s flags) without changing the route', () => {
    const facts = {
      id: 'x',
      name: 'x',
      centreId: 'c',
      centreName: 'C',
      enrolledAt: '2026-10-01T00:00:00.000Z',
      lastSeenAt: NOW,
    };
    const lowBattery = () => ({ kind: 'battery_low', params: { percent: 8 } });
    expect(tabletAttention(facts, new Date(NOW), [lowBattery])).toEqual([
      { kind: 'battery_low', params: { percent: 8 } },
    ]);
  });
});
