// One push, one transaction (DESIGN.md "Sync": the device's lastSeq is updated in the same
// transaction as the records). A real database error in one write of a push — the last one (the
// device's lastSeq), or one in the middle (the contacts' lookup rows, the quarantine) — leaves
// nothing of the batch: no record, no lookup, no quarantine row, the same lastSeq and change
// counter. The error is raised by a trigger of the database itself, on SQLite and PostgreSQL.
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { seal } from '../../../src/crypto/seal';
import type { PushResponse } from '../../../src/shared/protocol';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import {
  contactRecord,
  encounter,
  enrolTablet,
  type MutationInput,
  pushRequest,
  seedWorld,
  type Tablet,
  upserts,
  type World,
} from '../../test-support/sync';

describe.each(DB_KINDS)('a push is stored whole or not at all, on %s', (kind) => {
  let server: TestServer;
  let world: World;
  let tablet: Tablet;
  const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);
  const db = () => server.deps.database.db;

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
      .where('device_id', '=', tablet.deviceId)
      .execute();
    const lookups = await db()
      .selectFrom('contact_lookup')
      .select('hash')
      .where('contact_id', 'in', contactIds)
      .execute();
    const quarantine = await db()
      .selectFrom('quarantine')
      .select('seq')
      .where('device_id', '=', tablet.deviceId)
      .execute();
    const device = await db()
      .selectFrom('devices')
      .select('last_seq')
      .where('id', '=', tablet.deviceId)
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
          tablet,
          world.agentA,
          await seal(
            { firstName: 'Awa', phone, language: 'fr', preferredChannel: 'sms' },
            tablet.centre.publicKey,
          ),
        ),
      ),
    );
    const mutations = [
      ...upserts([encounter(tablet, world.agentA), encounter(tablet, world.agentA)], 2),
      ...upserts(contacts, 4, 'contact'),
      {
        seq: 6,
        entity: 'encounter',
        op: 'upsert' as const,
        record: { ...encounter(tablet, world.agentA), durationMin: -5 },
      },
      ...upserts([encounter(tablet, world.agentA)], 7),
    ];
    return { mutations, contactIds: contacts.map((c) => c.id as string) };
  }

  beforeAll(async () => {
    server = await createTestServer(kind);
    world = await seedWorld(server.deps);
  });
  beforeEach(async () => {
    tablet = await enrolTablet(server.deps, fetcher, world.centreA);
    // seq 1 is stored, so "nothing changed" is checked against a device that already has data.
    expect((await pushRequest(fetcher, tablet, upserts([encounter(tablet, world.agentA)], 1))).status).toBe(
      200,
    );
  });
  afterAll(() => server.close());

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
        res = await pushRequest(fetcher, tablet, mutations);
      } finally {
        await restore();
      }
      expect(res.status).toBe(500);
      expect(await res.json()).toEqual({
        error: { code: 'internal', message: 'Erreur interne du serveur. Réessayez dans un moment.' },
      });
      expect(await snapshot(contactIds)).toEqual(before);

      const retry = await pushRequest(fetcher, tablet, mutations);
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
