// An erasure finds the person's records by the exact id (the facts' link, record_values kind
// `contact`, server/facts/extract.ts), never by a pattern: an id that differs only by letter case
// (SQLite's LIKE ignores case) or that merely starts with the erased id names someone else, and
// what names them stays. A deleted encounter (a tombstone keeps its body) loses its link too.
// On SQLite and PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Signup } from '../../../src/shared/records';
import { newId } from '../../services/ids';
import { seedCentres } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { contact, encounter, insertRecords } from '../../test-support/records';
import { eraseContacts } from './erase';

const AT = '2026-10-01T09:00:00.000Z';
const ERASED = '019a4000-0000-7000-8000-0000000abcde';
const UPPER = ERASED.toUpperCase(); // another person's id, the same letters in capitals

const signup = (contactId: string): Signup => ({
  ...{ id: newId(), centreId: 'centre-a', deviceId: 'device-1', agentId: 'agent-1', createdAt: AT },
  ...{ rev: 1, activityId: 'atelier-1', contactId, at: AT },
});

describe.each(DB_KINDS)('an erasure matches the exact id on %s', (kind) => {
  let server: TestServer;
  const db = () => server.deps.database.db;
  const e = {
    erased: encounter({ centreId: 'centre-a', createdAt: AT, contactId: ERASED, note: 'note' }),
    upper: encounter({ centreId: 'centre-a', createdAt: AT, contactId: UPPER, note: 'note' }),
    tombstone: encounter({ centreId: 'centre-a', createdAt: AT, contactId: ERASED }),
  };
  const s = { erased: signup(ERASED), upper: signup(UPPER) };
  const copies = {
    erased: { contactId: ERASED },
    upper: { contactId: UPPER },
    prefixed: { contactId: `${ERASED}-suite` },
  };

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    await insertRecords(server, 'contact', [
      contact({ id: ERASED, centreId: 'centre-a', createdAt: AT }),
      contact({ id: UPPER, centreId: 'centre-a', createdAt: AT }),
    ]);
    await insertRecords(server, 'encounter', [e.erased, e.upper]);
    await insertRecords(server, 'encounter', [e.tombstone], { deleted: true });
    await insertRecords(server, 'signup', [s.erased, s.upper]);
    await db()
      .insertInto('quarantine')
      .values(
        Object.entries(copies).map(([name, record], i) => ({
          ...{ device_id: 'device-1', centre_id: 'centre-a', seq: i + 1, entity: 'encounter' },
          ...{ payload: JSON.stringify({ seq: i + 1, entity: 'encounter', op: 'upsert', record }) },
          ...{ reason: name, received_at: AT },
        })),
      )
      .execute();
    await db()
      .transaction()
      .execute((trx) => eraseContacts(trx, [ERASED], { reason: 'gdpr', now: new Date(AT) }));
  });
  afterAll(() => server.close());

  const body = async (id: string) =>
    JSON.parse(
      (await db().selectFrom('records').select('data').where('id', '=', id).executeTakeFirstOrThrow()).data,
    ) as Record<string, unknown>;

  it('keeps the records of the id in capitals and unlinks only the erased one', async () => {
    const ids = (await db().selectFrom('records').select('id').execute()).map((r) => r.id);
    expect(ids).not.toContain(ERASED);
    expect(ids).not.toContain(s.erased.id);
    expect(ids).toEqual(expect.arrayContaining([UPPER, s.upper.id, e.erased.id, e.upper.id]));
    expect(await body(e.erased.id)).not.toHaveProperty('contactId');
    expect(await body(e.erased.id)).not.toHaveProperty('note');
    expect(await body(e.upper.id)).toMatchObject({ contactId: UPPER, note: 'note' });
  });

  it('unlinks a deleted encounter that named the person', async () => {
    expect(await body(e.tombstone.id)).not.toHaveProperty('contactId');
  });

  it('deletes only the quarantined copy that names the exact id', async () => {
    const left = await db().selectFrom('quarantine').select('reason').orderBy('reason').execute();
    expect(left.map((r) => r.reason)).toEqual(['prefixed', 'upper']);
  });

  it('leaves the link facts of the other person and none of the erased one', async () => {
    const links = await db()
      .selectFrom('record_values')
      .select(['record_id', 'value'])
      .where('kind', '=', 'contact')
      .orderBy('record_id')
      .execute();
    expect(links).toEqual(
      [
        { record_id: e.upper.id, value: UPPER },
        { record_id: s.upper.id, value: UPPER },
      ].sort((a, b) => (a.record_id < b.record_id ? -1 : 1)),
    );
  });
});
