// One push, one transaction (DESIGN.md "Sync": the device's lastSeq is updated in the same
// transaction as the records). A real database error in one write of a push — the last one (the
// device's lastSeq), or one in the middle (the contacts' lookup rows, the quarantine) — leaves
// nothing of the batch: no record, no lookup, no quarantine row, the same lastSeq and change
// counter. The error is raised by a trigger of the database itself, on SQLite and PostgreSQL.
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { seal } from '../../../src/crypto/seal';
import type { PushResponse } from '../../../src/shared/protocol';
import { DB_KINDS } from '../../test-support/databases';
import { pushSuite } from '../../test-support/push-suite';
import { contactRecord, encounter, type MutationInput, pushRequest, upserts } from '../../test-support/sync';

describe.each(DB_KINDS)('a push is stored whole or not at all, on %s', (kind) => {
  const suite = pushSuite(kind);
  const { fetcher, db } = suite;

  /** Makes every `op` on `table` fail inside the database, until the returned function runs. */
  async function failWrites(table: string, op: 'INSERT' | 'UPDATE'): Promise<() => Promise<void>> {
    if (kind === 'sqlite') {
      await sql
        .raw(
          `CREATE TRIGGER borne_test_fail BEFORE ${op} ON ${table} BEGIN SELECT RAISE(ABORT, 'injected failure'); END`,
        )
        .execute(db());
      return async () => void (await sql.raw('DROP TRIGGER borne_test_fail').execute(db()));
    }
    await sql
      .raw(
        `CREATE OR REPLACE FUNCTION borne_test_fail() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$ LANGUAGE plpgsql`,
      )
      .execute(db());
    await sql
      .raw(
        `CREATE TRIGGER borne_test_fail BEFORE ${op} ON ${table} FOR EACH ROW EXECUTE FUNCTION borne_test_fail()`,
      )
      .execute(db());
    return async () => void (await sql.raw(`DROP TRIGGER borne_test_fail ON ${table}`).execute(db()));
  }

  async function snapshot(contactIds: string[]) {
    const records = await db()
      .selectFrom('records')
      .select('id')
      .where('device_id', '=', suite.tablet.deviceId)
      .execute();
    const lookups = await db()
      .selectFrom('contact_lookup')
      .select('hash')
      .where('contact_id', 'in', contactIds)
      .execute();
    const quarantine = await db()
      .selectFrom('quarantine')
      .select('seq')
      .where('device_id', '=', suite.tablet.deviceId)
      .execute();
    const device = await db()
      .selectFrom('devices')
      .select('last_seq')
      .where('id', '=', suite.tablet.deviceId)
      .executeTakeFirstOrThrow();
    const counter = await db().selectFrom('change_counter').select('version').executeTakeFirstOrThrow();
    return {
      records: records.length,
      lookups: lookups.length,
      quarantine: quarantine.length,
      lastSeq: device.last_seq,
      version: counter.version,
    };
  }

  /** 3 encounters, 2 sealed contacts and one invalid mutation (quarantined), as seq 2…7. */
  async function batch(): Promise<{ mutations: MutationInput[]; contactIds: string[] }> {
    const contacts = await Promise.all(
      ['0612345678', '0698765432'].map(async (phone) =>
        contactRecord(
          suite.tablet,
          suite.world.agentA,
          await seal(
            { firstName: 'Awa', phone, language: 'fr', preferredChannel: 'sms' },
            suite.tablet.centre.publicKey,
          ),
        ),
      ),
    );
    const mutations = [
      ...upserts([suite.encounter(), suite.encounter()], 2),
      ...upserts(contacts, 4, 'contact'),
      {
        seq: 6,
        entity: 'encounter',
        op: 'upsert' as const,
        record: { ...encounter(suite.tablet, suite.world.agentA), durationMin: -5 },
      },
      ...upserts([suite.encounter()], 7),
    ];
    return { mutations, contactIds: contacts.map((c) => c.id as string) };
  }

  beforeEach(async () => {
    // seq 1 is stored, so "nothing changed" is checked against a device that already has data.
    expect((await pushRequest(fetcher, suite.tablet, upserts([suite.encounter()], 1))).status).toBe(200);
  });

  for (const [where, table, op] of [
    ['the last write (the device’s lastSeq)', 'devices', 'UPDATE'],
    ['a write in the middle (the contacts’ lookup rows)', 'contact_lookup', 'INSERT'],
    ['a write in the middle (the quarantine)', 'quarantine', 'INSERT'],
  ] as const) {
    it(`a database error in ${where} leaves nothing of the batch, and the retry stores it once`, async () => {
      const { mutations, contactIds } = await batch();
      const before = await snapshot(contactIds);
      expect(before).toMatchObject({ records: 1, lookups: 0, quarantine: 0, lastSeq: 1 });
      const restore = await failWrites(table, op);
      let res: Response;
      try {
        res = await pushRequest(fetcher, suite.tablet, mutations);
      } finally {
        await restore();
      }
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({
        error: { code: 'internal', message: 'Erreur interne du serveur. Réessayez dans un moment.' },
      });
      expect(await snapshot(contactIds)).toEqual(before);

      const retry = await pushRequest(fetcher, suite.tablet, mutations);
      expect(retry.status).toBe(200);
      const body = (await retry.json()) as PushResponse;
      expect(body.lastSeq).toBe(7);
      expect(body.results.map((r) => r.status)).toEqual([
        'applied',
        'applied',
        'applied',
        'applied',
        'rejected',
        'applied',
      ]);
      expect(await snapshot(contactIds)).toEqual({
        records: 6,
        lookups: 2,
        quarantine: 1,
        lastSeq: 7,
        version: before.version + 1,
      });
    });
  }
});
