import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seal } from '../../../src/crypto/seal';
import type { ContactPersonal } from '../../../src/shared/records';
import { type Client, errorOf, type Fixture, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { contact, encounter, insertRecord } from '../../test-support/records';

const AMINA: ContactPersonal = {
  firstName: 'Amina',
  lastName: 'Belkacem',
  phone: '06 12 34 56 78',
  language: 'ar',
  preferredChannel: 'telephone',
};

interface Row {
  contactId: string;
  status: string;
  dueDate: string | null;
  encounterId: string | null;
  assignee: { id: string; name: string } | null;
  consentPurposes: string[];
}

describe.each(DB_KINDS)('dashboard follow-ups on %s', (kind) => {
  let server: TestServer;
  let fx: Fixture;
  let coordA: Client;
  let coordB: Client;
  const ids: Record<string, string> = {};

  async function publicKeyOf(centreId: string) {
    const row = await server.deps.database.db
      .selectFrom('centres')
      .select('public_key')
      .where('id', '=', centreId)
      .executeTakeFirstOrThrow();
    return JSON.parse(row.public_key);
  }

  beforeAll(async () => {
    server = await createTestServer(kind);
    fx = await seedCentres(server);
    const sealedA = await seal(AMINA, await publicKeyOf('centre-a'));
    const c1 = contact({ centreId: 'centre-a', createdAt: '2026-11-01T09:00:00.000Z', sealed: sealedA });
    ids.c1 = await insertRecord(server, 'contact', c1);
    ids.e1 = await insertRecord(
      server,
      'encounter',
      encounter({ centreId: 'centre-a', createdAt: '2026-11-01T09:01:00.000Z', contactId: c1.id }),
    );
    ids.c2 = await insertRecord(
      server,
      'contact',
      contact({
        centreId: 'centre-a',
        createdAt: '2026-10-20T09:00:00.000Z',
        consentPurposes: ['info_activites'],
        sealed: await seal({ ...AMINA, firstName: 'Jean' }, await publicKeyOf('centre-a')),
      }),
    );
    ids.smsOnly = await insertRecord(
      server,
      'contact',
      contact({ centreId: 'centre-a', createdAt: '2026-10-21T09:00:00.000Z', consentPurposes: ['sms'] }),
    );
    // Sealed to centre B's key but filed under A: it cannot be opened with A's key.
    ids.wrongKey = await insertRecord(
      server,
      'contact',
      contact({
        centreId: 'centre-a',
        createdAt: '2026-10-22T09:00:00.000Z',
        sealed: await seal(AMINA, await publicKeyOf('centre-b')),
      }),
    );
    ids.b1 = await insertRecord(
      server,
      'contact',
      contact({
        centreId: 'centre-b',
        createdAt: '2026-11-01T09:00:00.000Z',
        sealed: await seal(AMINA, await publicKeyOf('centre-b')),
      }),
    );
    coordA = await signIn(server, 'coord-a');
    coordB = await signIn(server, 'coord-b');
  });
  afterAll(() => server.close());

  const listOf = async (client: Client, query = '') => {
    const res = await client.get(`/follow-ups${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as { items: Row[]; total: number };
  };

  it('lists contacts who asked to be called back or informed, without any personal data', async () => {
    const res = await coordA.get('/follow-ups');
    const text = await res.text();
    expect(text).not.toContain('Amina');
    expect(text).not.toContain('06 12');
    const { items } = JSON.parse(text) as { items: Row[] };
    expect(items.map((r) => r.contactId).sort()).toEqual([ids.c1, ids.c2, ids.wrongKey].sort());
    expect(items.find((r) => r.contactId === ids.c1)).toMatchObject({
      status: 'a_faire',
      encounterId: ids.e1,
    });
    expect((await listOf(coordA, '?purpose=info_activites')).items.map((r) => r.contactId)).toEqual([ids.c2]);
  });

  it('gives a coordinator of centre B neither the list nor the contacts of centre A', async () => {
    expect((await listOf(coordB)).items.map((r) => r.contactId)).toEqual([ids.b1]);
    expect((await coordB.get(`/contacts/${ids.c1}`)).status).toBe(404);
    expect((await coordB.send('PUT', `/follow-ups/${ids.c1}`, { status: 'fait' })).status).toBe(404);
  });

  it('opens a sealed contact in memory and writes every opening to the audit log', async () => {
    const db = server.deps.database.db;
    const before = await db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'contact.open')
      .execute();
    const res = await coordA.get(`/contacts/${ids.c1}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { personal: ContactPersonal; consentPurposes: string[] };
    expect(body.personal).toEqual(AMINA);
    expect((await coordA.get(`/contacts/${ids.c1}`)).status).toBe(200);
    const rows = await db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'contact.open')
      .where('record_id', '=', ids.c1!)
      .execute();
    expect(rows.length).toBe(2);
    expect(rows[0]).toMatchObject({
      user_id: fx.users.coordA,
      centre_id: fx.centreA,
      at: server.deps.now().toISOString(),
    });
    expect(
      (await db.selectFrom('audit_log').select('id').where('action', '=', 'contact.open').execute()).length,
    ).toBe(before.length + 2);
  });

  it('never stores the opened payload in clear', async () => {
    await coordA.get(`/contacts/${ids.c1}`);
    const db = server.deps.database.db;
    for (const table of ['records', 'audit_log', 'follow_ups', 'reviews'] as const) {
      const rows = await db.selectFrom(table).selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain('Belkacem');
    }
  });

  it('says in words when a contact cannot be opened, and still logs the attempt', async () => {
    const res = await coordA.get(`/contacts/${ids.wrongKey}`);
    expect(res.status).toBe(409);
    expect((await errorOf(res)).message).toContain('clé du centre');
    const rows = await server.deps.database.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'contact.open')
      .where('record_id', '=', ids.wrongKey!)
      .execute();
    expect(rows.length).toBe(1);
    const missing = await coordA.get(`/contacts/${ids.smsOnly}`);
    expect(missing.status).toBe(409);
  });

  it('keeps status, due date and assignee beside the contact, due ones first', async () => {
    const res = await coordA.send('PUT', `/follow-ups/${ids.c2}`, {
      status: 'injoignable',
      dueDate: '2026-11-05',
      assigneeId: fx.users.territoryA,
      comment: 'Messagerie pleine',
    });
    expect(res.status).toBe(200);
    const { followUp } = (await res.json()) as { followUp: Row };
    expect(followUp).toMatchObject({
      status: 'injoignable',
      dueDate: '2026-11-05',
      assignee: { id: fx.users.territoryA, name: 'Territoire sud' },
    });
    const list = await listOf(coordA);
    expect(list.items[0]!.contactId).toBe(ids.c2);
    expect((await listOf(coordA, '?status=injoignable')).items.map((r) => r.contactId)).toEqual([ids.c2]);
    const record = await server.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'record_id'])
      .where('action', '=', 'followup.update')
      .execute();
    expect(record).toEqual([{ action: 'followup.update', record_id: ids.c2 }]);
  });

  it('refuses an assignee who cannot see the centre, and a bad status, in words', async () => {
    const other = await coordA.send('PUT', `/follow-ups/${ids.c1}`, {
      status: 'fait',
      assigneeId: fx.users.coordB,
    });
    expect(other.status).toBe(400);
    expect((await errorOf(other)).message).toContain('assigneeId');
    const bad = await coordA.send('PUT', `/follow-ups/${ids.c1}`, { status: 'fini' });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('status');
  });

  it('lists the possible assignees of the scope only', async () => {
    const { items } = (await (await coordA.get('/users')).json()) as { items: { id: string }[] };
    expect(items.map((u) => u.id).sort()).toEqual(
      [fx.users.admin, fx.users.coordA, fx.users.territoryA].sort(),
    );
  });
});
