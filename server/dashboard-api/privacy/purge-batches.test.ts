// The retention purge of more contacts than one batch of the erasure (200 ids a statement), over
// the scope's centres only, with exact counts: every table that names the person is emptied of
// them batch after batch, the encounters stay without their link, the erased ids are remembered
// with their centre, and the audit log has one entry per centre with that centre's count. Also the
// edges: an empty list of centres purges nothing and writes nothing; a contact or a quarantined
// copy whose retention ends exactly now is kept. On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, seedCentres } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { purgeExpiredContacts } from './purge';
import { addPeople, type Person, quarantineContacts, withRetention } from './purge-people';

const NOW = new Date('2026-11-02T10:00:00.000Z'); // the test server's clock
const PAST = '2026-10-01T00:00:00.000Z';
const LATER = '2027-06-01T00:00:00.000Z';
/** One more than a batch of the erasure: the last contact falls in a second batch. */
const IN_A = 201;
const IN_C = 2;

describe.each(DB_KINDS)('a purge of more contacts than a batch, per centre, on %s', (kind) => {
  let server: TestServer;
  let fixture: Fixture;
  const expired: Person[] = [];
  const kept: Person[] = [];
  const db = () => server.deps.database.db;
  const count = async (table: 'records' | 'quarantine' | 'audit_log' | 'erased_records') =>
    Number(
      (
        await db()
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    server = await createTestServer(kind);
    fixture = await seedCentres(server); // territoryA's scope: centres A and C
    const person = (centreId: string, retentionUntil: string) => ({ centreId, retentionUntil });
    expired.push(
      ...(await addPeople(server, [
        ...Array.from({ length: IN_A }, () => person('centre-a', PAST)),
        ...Array.from({ length: IN_C }, () => person('centre-c', PAST)),
      ])),
    );
    kept.push(
      ...(await addPeople(server, [
        person('centre-a', NOW.toISOString()), // ends now: not yet past
        person('centre-a', LATER),
        person('centre-b', PAST), // outside the scope
      ])),
    );
    const quarantined = (centreId: string, payload: string) => ({ centreId, payload });
    await quarantineContacts(server, [
      ...Array.from({ length: IN_A }, () => quarantined('centre-a', withRetention(PAST))),
      quarantined('centre-c', withRetention(PAST)),
      quarantined('centre-a', withRetention(NOW.toISOString())),
      quarantined('centre-a', withRetention(LATER)),
      quarantined('centre-a', withRetention([PAST])), // not a date string: kept
      quarantined('centre-a', '{"record": '), // not JSON: kept
      quarantined('centre-b', withRetention(PAST)), // outside the scope
    ]);
  });
  afterAll(() => server.close());

  const scope = () => ({ centreIds: ['centre-a', 'centre-c'], userId: fixture.users.territoryA });

  it('an empty list of centres purges nothing and writes nothing, dry run or not', async () => {
    const [records, quarantine] = [await count('records'), await count('quarantine')];
    const zero = {
      contacts: 0,
      lookups: 0,
      followUps: 0,
      encountersUnlinked: 0,
      signups: 0,
      quarantineCopies: 0,
      quarantined: 0,
    };
    expect(await purgeExpiredContacts(db(), NOW, { centreIds: [] })).toEqual({ ...zero, dryRun: false });
    expect(await purgeExpiredContacts(db(), NOW, { centreIds: [], dryRun: true })).toEqual({
      ...zero,
      dryRun: true,
    });
    expect([await count('records'), await count('quarantine')]).toEqual([records, quarantine]);
    expect(await count('audit_log')).toBe(0);
  });

  it('a dry run counts the expired contacts and quarantined contacts of the scope, and deletes nothing', async () => {
    const records = await count('records');
    expect(await purgeExpiredContacts(db(), NOW, { ...scope(), dryRun: true })).toEqual({
      contacts: IN_A + IN_C,
      lookups: 0,
      followUps: 0,
      encountersUnlinked: 0,
      signups: 0,
      quarantineCopies: 0,
      quarantined: IN_A + 1,
      dryRun: true,
    });
    expect(await count('records')).toBe(records);
    expect(await count('audit_log')).toBe(0);
  });

  /** Each expired person's encounter stays, without its link, note or review comment. */
  async function encountersKeptUnlinked() {
    const encounters = await db()
      .selectFrom('records')
      .select(['id', 'data'])
      .where(
        'id',
        'in',
        expired.map((p) => p.encounterId),
      )
      .execute();
    expect(encounters.length).toBe(expired.length);
    for (const e of encounters) {
      const data = JSON.parse(e.data) as Record<string, unknown>;
      expect([data.contactId, data.note, data.institutions]).toEqual([undefined, undefined, ['caf']]);
    }
    const facts = await db().selectFrom('encounter_facts').select(['record_id', 'contact_id']).execute();
    const expiredEncounters = new Set(expired.map((p) => p.encounterId));
    expect(facts.filter((f) => expiredEncounters.has(f.record_id)).map((f) => f.contact_id)).toEqual(
      expired.map(() => null),
    );
    expect(facts.filter((f) => f.contact_id !== null).length).toBe(kept.length);
    const reviews = await db().selectFrom('reviews').select(['record_id', 'comment']).execute();
    expect(reviews.filter((r) => expiredEncounters.has(r.record_id)).map((r) => r.comment)).toEqual(
      expired.map(() => null),
    );
    // Kept: the encounters' (blanked) and the kept people's three each.
    expect(reviews.length).toBe(expired.length + 3 * kept.length);
  }

  /** Every erased contact and sign-up is remembered with its centre; one audit count per centre. */
  async function erasedRememberedAndAudited() {
    const erased = await db()
      .selectFrom('erased_records')
      .select(['id', 'centre_id', 'entity', 'reason'])
      .execute();
    const key = (r: { id: string; centre_id: string; entity: string; reason: string }) =>
      `${r.id} ${r.centre_id} ${r.entity} ${r.reason}`;
    const centreOf = (i: number) => (i < IN_A ? 'centre-a' : 'centre-c');
    expect(erased.map(key).sort()).toEqual(
      expired
        .flatMap((p, i) => [
          { id: p.contactId, centre_id: centreOf(i), entity: 'contact', reason: 'retention' },
          { id: p.signupId, centre_id: centreOf(i), entity: 'signup', reason: 'retention' },
        ])
        .map(key)
        .sort(),
    );
    const audit = await db()
      .selectFrom('audit_log')
      .select(['user_id', 'action', 'centre_id', 'detail', 'at'])
      .execute();
    expect(audit.sort((a, b) => String(a.centre_id).localeCompare(String(b.centre_id)))).toEqual([
      {
        user_id: fixture.users.territoryA,
        action: 'purge',
        centre_id: 'centre-a',
        detail: '{"contacts":201}',
        at: NOW.toISOString(),
      },
      {
        user_id: fixture.users.territoryA,
        action: 'purge',
        centre_id: 'centre-c',
        detail: '{"contacts":2}',
        at: NOW.toISOString(),
      },
    ]);
  }

  // One test from the purge to every check of what it left: a mutation run (npm run mutate) runs
  // only the tests that execute the purge, so its effects are checked where it runs.
  it('deletes every expired contact of the scope and all that names them, with exact counts per table and per centre', async () => {
    const quarantineBefore = await count('quarantine');
    const n = IN_A + IN_C;
    expect(await purgeExpiredContacts(db(), NOW, scope())).toEqual({
      contacts: n,
      lookups: 2 * n,
      followUps: n,
      encountersUnlinked: n,
      signups: n,
      quarantineCopies: 2 * n,
      quarantined: IN_A + 1,
      dryRun: false,
    });
    const gone = expired.flatMap((p) => [p.contactId, p.signupId]);
    const left = (await db().selectFrom('records').select('id').execute()).map((r) => r.id);
    expect(left.filter((id) => gone.includes(id))).toEqual([]);
    // 3 kept people × 3 records, and every expired person's encounter.
    expect(left.length).toBe(3 * 3 + n);
    expect(await count('quarantine')).toBe(quarantineBefore - 2 * n - (IN_A + 1));
    const quarantined = await db()
      .selectFrom('quarantine')
      .select(['centre_id', 'payload'])
      .where('entity', '=', 'contact')
      .execute();
    expect(quarantined.map((q) => `${q.centre_id} ${q.payload}`).sort()).toEqual(
      [
        `centre-a ${withRetention(NOW.toISOString())}`,
        `centre-a ${withRetention(LATER)}`,
        `centre-a ${withRetention([PAST])}`,
        'centre-a {"record": ',
        `centre-b ${withRetention(PAST)}`,
      ].sort(),
    );
    const ids = expired.map((p) => p.contactId);
    for (const table of ['contact_lookup', 'follow_ups', 'sms_messages', 'sms_replies'] as const) {
      const rows = await db().selectFrom(table).select('contact_id').execute();
      expect(
        rows.filter((r) => ids.includes(r.contact_id ?? '')),
        table,
      ).toEqual([]);
      expect(rows.length, table).toBe(table === 'contact_lookup' ? 2 * kept.length : kept.length);
    }
    await encountersKeptUnlinked();
    await erasedRememberedAndAudited();
  });

  it('a purge with nothing to delete writes one server-wide entry that says 0, naming its user if any', async () => {
    const early = new Date('2026-01-01T00:00:00.000Z'); // before every retention date of this world
    expect(await purgeExpiredContacts(db(), early, scope())).toMatchObject({
      contacts: 0,
      quarantined: 0,
      dryRun: false,
    });
    const later = new Date('2026-01-02T00:00:00.000Z');
    await purgeExpiredContacts(db(), later, { centreIds: ['centre-c'] }); // the command line, the timer
    const audit = await db()
      .selectFrom('audit_log')
      .select(['user_id', 'action', 'centre_id', 'detail', 'at'])
      .where('at', 'in', [early.toISOString(), later.toISOString()])
      .orderBy('at')
      .execute();
    const entry = { action: 'purge', centre_id: null, detail: '{"contacts":0}' };
    expect(audit).toEqual([
      { ...entry, user_id: fixture.users.territoryA, at: early.toISOString() },
      { ...entry, user_id: null, at: later.toISOString() },
    ]);
  });
});
