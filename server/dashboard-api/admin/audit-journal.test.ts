// The Journal shows what it promises (issue 16, point 7): the sign-ins, sign-outs, GDPR searches
// and exports of the people working on a coordinator's centres appear in their journal, with what
// each entry is about and its details in words — never a raw id — and can be filtered by person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seal } from '../../../src/crypto/seal';
import { type Client, type Fixture, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { contact, encounter, insertRecord } from '../../test-support/records';

interface Entry {
  action: string;
  user: { name: string } | null;
  subject: { kind: string; createdAt?: string; name?: string } | null;
  facts: { key: string; value: string | number; kind?: string }[];
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe.each(DB_KINDS)('the journal on %s', (kind) => {
  let server: TestServer;
  let fx: Fixture;
  let coordA: Client;
  let encounterId: string;
  let contactId: string;

  beforeAll(async () => {
    server = await createTestServer(kind);
    fx = await seedCentres(server);
    encounterId = await insertRecord(
      server,
      'encounter',
      encounter({ centreId: 'centre-a', createdAt: '2026-11-02T08:30:00.000Z' }),
    );
    const key = await server.deps.database.db
      .selectFrom('centres')
      .select('public_key')
      .where('id', '=', 'centre-a')
      .executeTakeFirstOrThrow();
    contactId = await insertRecord(
      server,
      'contact',
      contact({
        centreId: 'centre-a',
        createdAt: '2026-11-02T08:31:00.000Z',
        sealed: await seal(
          { firstName: 'Amina', phone: '0612345678', language: 'fr', preferredChannel: 'sms' },
          JSON.parse(key.public_key),
        ),
      }),
    );
    // What happens in a day: the territory coordinator (who covers centre A) signs in and out;
    // centre B's coordinator signs in (not centre A's business); centre A's coordinator searches,
    // exports, reviews and assigns a follow-up.
    const territory = await signIn(server, 'terr-sud');
    await territory.send('POST', '/logout');
    await signIn(server, 'coord-b');
    coordA = await signIn(server, 'coord-a');
    await coordA.send('POST', '/gdpr/search', { phone: '06 12 34 56 78' });
    await coordA.get('/exports/caf.csv?from=2026-11-01&to=2026-11-30');
    await coordA.send('PUT', `/records/${encounterId}/review`, { state: 'a_verifier' });
    await coordA.send('PUT', `/follow-ups/${contactId}`, {
      status: 'a_faire',
      assigneeId: fx.users.territoryA,
      dueDate: '2026-11-20',
    });
  });
  afterAll(() => server.close());

  const journal = async (query = '') =>
    ((await (await coordA.get(`/audit?from=2026-11-01&to=2026-11-30${query}`)).json()) as { items: Entry[] })
      .items;

  it('shows the sign-ins, sign-outs, GDPR searches and exports of the people of the coordinator’s centres', async () => {
    const items = await journal();
    const seen = items.map((e) => `${e.action} ${e.user?.name}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'login Territoire sud',
        'logout Territoire sud',
        'login Coordination A',
        'gdpr.search Coordination A',
        'export Coordination A',
      ]),
    );
    // Centre B's coordinator works on another centre: not in centre A's journal.
    expect(seen).not.toContain('login Coordination B');
  });

  it('says what each entry is about and its details in words, never a raw id', async () => {
    const items = await journal();
    const review = items.find((e) => e.action === 'review.set')!;
    expect(review.subject).toEqual({ kind: 'encounter', createdAt: '2026-11-02T08:30:00.000Z' });
    expect(review.facts).toEqual([{ key: 'state', value: 'a_verifier', kind: 'review' }]);
    const followUp = items.find((e) => e.action === 'followup.update')!;
    expect(followUp.subject).toMatchObject({ kind: 'contact' });
    expect(followUp.facts).toEqual(
      expect.arrayContaining([
        { key: 'status', value: 'a_faire', kind: 'followStatus' },
        { key: 'assignee', value: 'Territoire sud' },
        { key: 'dueDate', value: '2026-11-20', kind: 'date' },
      ]),
    );
    const exported = items.find((e) => e.action === 'export')!;
    expect(exported.facts).toEqual(
      expect.arrayContaining([
        { key: 'file', value: 'caf' },
        { key: 'from', value: '2026-11-01', kind: 'date' },
      ]),
    );
    for (const e of items) expect(JSON.stringify([e.subject, e.facts]), e.action).not.toMatch(UUID);
  });

  it('filters by person', async () => {
    const items = await journal(`&user=${fx.users.territoryA}`);
    expect(new Set(items.map((e) => e.user?.name))).toEqual(new Set(['Territoire sud']));
    expect(items.map((e) => e.action).sort()).toEqual(['login', 'logout']);
  });
});
