import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seal } from '../../../src/crypto/seal';
import type { Figures } from '../../../src/shared/dashboard-api/figures';
import type { ContactPersonal, Signup } from '../../../src/shared/records';
import { newId } from '../../services/ids';
import { contactLookupHashes } from '../../sync/contact-lookup';
import { type Client, errorOf, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { AGENT, contact, DEVICE, encounter, insertRecord } from '../../test-support/records';
import { purgeExpiredContacts } from './purge';

const AMINA: ContactPersonal = {
  firstName: 'Amina',
  phone: '06 12 34 56 78',
  email: 'Amina@Example.org',
  language: 'fr',
  preferredChannel: 'sms',
};
const KARIM: ContactPersonal = {
  firstName: 'Karim',
  phone: '07 00 00 00 01',
  language: 'ar',
  preferredChannel: 'telephone',
};

describe.each(DB_KINDS)('retention purge and GDPR requests on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;
  let coordB: Client;
  const ids: Record<string, string> = {};

  async function addContact(
    centreId: string,
    personal: ContactPersonal,
    retentionUntil: string,
    createdAt: string,
  ) {
    const db = server.deps.database.db;
    const key = await db
      .selectFrom('centres')
      .select('public_key')
      .where('id', '=', centreId)
      .executeTakeFirstOrThrow();
    const c = contact({
      centreId,
      createdAt,
      retentionUntil,
      sealed: await seal(personal, JSON.parse(key.public_key)),
    });
    await insertRecord(server, 'contact', c);
    const hashes = contactLookupHashes(server.deps.secrets, personal);
    await db
      .insertInto('contact_lookup')
      .values(hashes.map((hash) => ({ hash, contact_id: c.id })))
      .execute();
    return c.id;
  }

  beforeAll(async () => {
    server = await createTestServer(kind); // server clock: 2026-11-02T10:00Z
    await seedCentres(server);
    ids.expiredA = await addContact(
      'centre-a',
      KARIM,
      '2026-10-01T00:00:00.000Z',
      '2026-07-01T09:00:00.000Z',
    );
    ids.freshA = await addContact('centre-a', AMINA, '2027-01-01T00:00:00.000Z', '2026-10-02T09:00:00.000Z');
    ids.expiredB = await addContact(
      'centre-b',
      KARIM,
      '2026-10-15T00:00:00.000Z',
      '2026-07-15T09:00:00.000Z',
    );
    ids.encExpired = await insertRecord(
      server,
      'encounter',
      encounter({
        centreId: 'centre-a',
        createdAt: '2026-07-01T09:01:00.000Z',
        contactId: ids.expiredA,
        institutions: ['caf'],
        actions: [{ kind: 'a_rappeler' }],
      }),
    );
    ids.encFresh = await insertRecord(
      server,
      'encounter',
      encounter({ centreId: 'centre-a', createdAt: '2026-10-02T09:01:00.000Z', contactId: ids.freshA }),
    );
    const signup: Signup = {
      id: newId(),
      centreId: 'centre-a',
      deviceId: DEVICE,
      agentId: AGENT,
      createdAt: '2026-07-01T09:02:00.000Z',
      rev: 1,
      activityId: 'act-1',
      contactId: ids.expiredA,
      at: '2026-07-01T09:02:00.000Z',
    };
    ids.signup = await insertRecord(server, 'signup', signup);
    await server.deps.database.db
      .insertInto('follow_ups')
      .values({
        contact_id: ids.expiredA,
        status: 'fait',
        due_date: null,
        assignee: null,
        comment: 'Rappelé',
        updated_at: '2026-07-02T09:00:00.000Z',
      })
      .execute();
    coordA = await signIn(server, 'coord-a');
    coordB = await signIn(server, 'coord-b');
  });
  afterAll(() => server.close());

  const contactIds = async () =>
    (
      await server.deps.database.db
        .selectFrom('records')
        .select('id')
        .where('entity', '=', 'contact')
        .execute()
    )
      .map((r) => r.id)
      .sort();

  it('says what a dry run would delete, and deletes nothing', async () => {
    const res = await coordA.send('POST', '/purge', { dryRun: true });
    expect(await res.json()).toMatchObject({ contacts: 1, dryRun: true });
    expect((await contactIds()).length).toBe(3);
  });

  it('deletes only the expired contacts of the scope, with their lookups, follow-up and sign-ups, and keeps the figures', async () => {
    const julyBefore = (await (await coordA.get('/figures?from=2026-07-01&to=2026-07-31')).json()) as Figures;
    const res = await coordA.send('POST', '/purge', {});
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      contacts: 1,
      lookups: 1,
      followUps: 1,
      encountersUnlinked: 1,
      signups: 1,
      quarantineCopies: 0,
      quarantined: 0,
      dryRun: false,
    });
    expect(await contactIds()).toEqual([ids.expiredB, ids.freshA].sort());
    const db = server.deps.database.db;
    expect(
      await db
        .selectFrom('contact_lookup')
        .select('contact_id')
        .where('contact_id', '=', ids.expiredA!)
        .execute(),
    ).toEqual([]);
    expect(await db.selectFrom('follow_ups').select('contact_id').execute()).toEqual([]);
    expect(await db.selectFrom('records').select('id').where('id', '=', ids.signup!).execute()).toEqual([]);
    const enc = await db
      .selectFrom('records')
      .select('data')
      .where('id', '=', ids.encExpired!)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(enc.data).contactId).toBeUndefined();
    expect(JSON.parse(enc.data).institutions).toEqual(['caf']);
    const julyAfter = (await (await coordA.get('/figures?from=2026-07-01&to=2026-07-31')).json()) as Figures;
    expect(julyAfter.accompaniments).toEqual(julyBefore.accompaniments);
    expect(julyAfter.actions.a_rappeler).toBe('moins_de_5'); // one person (small-cell rule)
  });

  it('purges every centre when run by the command line', async () => {
    const result = await purgeExpiredContacts(server.deps.database.db, server.deps.now());
    expect(result.contacts).toBe(1);
    expect(await contactIds()).toEqual([ids.freshA]);
  });

  it('finds a person by phone or e-mail through the keyed lookup hash, within the scope only', async () => {
    const byPhone = await coordA.send('POST', '/gdpr/search', { phone: '+33 6 12 34 56 78' });
    const found = (await byPhone.json()) as { items: { contactId: string; encounterIds: string[] }[] };
    expect(found.items).toEqual([
      expect.objectContaining({ contactId: ids.freshA, encounterIds: [ids.encFresh] }),
    ]);
    const byEmail = (await (
      await coordA.send('POST', '/gdpr/search', { email: ' amina@example.ORG ' })
    ).json()) as { items: unknown[] };
    expect(byEmail.items.length).toBe(1);
    const other = (await (await coordB.send('POST', '/gdpr/search', { phone: '0612345678' })).json()) as {
      items: unknown[];
    };
    expect(other.items).toEqual([]);
    const empty = await coordA.send('POST', '/gdpr/search', {});
    expect(empty.status).toBe(400);
    expect((await errorOf(empty)).message).toContain('téléphone');
    const audit = await server.deps.database.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'gdpr.search')
      .execute();
    expect(audit.length).toBe(3); // the refused empty search is not a search
    expect(JSON.stringify(audit)).not.toContain('12 34');
    expect(JSON.stringify(audit)).not.toContain('example');
  });

  it('exports a person’s data, opened in memory and audit-logged', async () => {
    expect((await coordB.send('POST', '/gdpr/export', { contactIds: [ids.freshA] })).status).toBe(404);
    const res = await coordA.send('POST', '/gdpr/export', { contactIds: [ids.freshA] });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    const body = (await res.json()) as {
      contacts: {
        personal: ContactPersonal;
        encounters: { id: string }[];
        contact: Record<string, unknown>;
      }[];
    };
    expect(body.contacts[0]!.personal).toEqual(AMINA);
    expect(body.contacts[0]!.encounters.map((e) => e.id)).toEqual([ids.encFresh]);
    expect(body.contacts[0]!.contact.sealed).toBeUndefined();
    const opened = await server.deps.database.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'contact.open')
      .execute();
    expect(opened.map((o) => o.record_id)).toEqual([ids.freshA]);
  });

  it('erases a person: contact and lookups gone, encounters kept without the link', async () => {
    const res = await coordA.send('POST', '/gdpr/erase', { contactIds: [ids.freshA] });
    expect(await res.json()).toMatchObject({ erased: 1, lookups: 2, encountersUnlinked: 1 });
    expect(await contactIds()).toEqual([]);
    const again = (await (await coordA.send('POST', '/gdpr/search', { phone: '06 12 34 56 78' })).json()) as {
      items: unknown[];
    };
    expect(again.items).toEqual([]);
    const enc = await server.deps.database.db
      .selectFrom('records')
      .select('data')
      .where('id', '=', ids.encFresh!)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(enc.data).contactId).toBeUndefined();
    const erased = await server.deps.database.db
      .selectFrom('audit_log')
      .select(['record_id', 'user_id'])
      .where('action', '=', 'gdpr.erase')
      .execute();
    expect(erased.map((e) => e.record_id)).toEqual([ids.freshA]);
  });
});
