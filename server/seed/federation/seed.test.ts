// The federation seed (scale benchmark) stores what a push would: records the dashboard lists and
// counts through the side tables, the same facts as the push's rule (recomputed here from the stored
// records), its secondary indexes built again after the bulk load, and it refuses to seed twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Figures } from '../../dashboard-api/figures/compute';
import { emptyFacts, extractFacts } from '../../facts/extract';
import { FACT_TABLES } from '../../facts/write';
import { signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { secondaryIndexes } from './indexes';
import { seedFederation } from './seed';

const TABLES = ['records', ...FACT_TABLES];

const PASSWORD = 'banc-essai-federation';

describe.each(DB_KINDS)('seed-federation on %s', (kind) => {
  let server: TestServer;
  let result: Awaited<ReturnType<typeof seedFederation>>;
  let indexesBefore: string[];

  beforeAll(async () => {
    server = await createTestServer(kind);
    const { db } = server.deps.database;
    indexesBefore = (await secondaryIndexes(db, kind, TABLES)).map((i) => i.definition);
    result = await seedFederation(server.deps, {
      centres: 2,
      territories: 2,
      year: 2026,
      months: 1,
      password: PASSWORD,
    });
  }, 120_000);
  afterAll(() => server.close());

  it('gives each centre a January of records, listed and counted by the dashboard', async () => {
    const db = server.deps.database.db;
    const stored = await db
      .selectFrom('records')
      .select(['entity', (eb) => eb.fn.countAll<number | string>().as('n')])
      .groupBy('entity')
      .execute();
    expect(Object.fromEntries(stored.map((r) => [r.entity, Number(r.n)]))).toEqual(result.byEntity);
    expect(result.byEntity.encounter).toBeGreaterThan(2 * 20 * 22); // 22 weekdays, 20+ a day each
    const admin = await signIn(server, result.users.admin, PASSWORD);
    const list = (await (await admin.get('/encounters?from=2026-01-01&to=2026-01-31')).json()) as {
      total: number;
    };
    // The seed's days run from 07:00 to 17:00 UTC: every record falls in Paris's January.
    expect(list.total).toBe(result.byEntity.encounter);
    const territory = await signIn(server, result.users.territory, PASSWORD);
    const mine = (await (await territory.get('/encounters?from=2026-01-01&to=2026-01-31')).json()) as {
      total: number;
      items: { centreId: string }[];
    };
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.total).toBeLessThan(list.total);
    expect(new Set(mine.items.map((r) => r.centreId))).toEqual(new Set([result.firstCentreId]));
    const queue = (await (await admin.get('/follow-ups?pageSize=1')).json()) as { total: number };
    expect(queue.total).toBe(result.byEntity.contact);
  });

  it('writes the side tables with the push rule: as many rows as the stored records give', async () => {
    const db = server.deps.database.db;
    const stored = await db
      .selectFrom('records')
      .select(['id', 'entity', 'centre_id', 'agent_id', 'created_at', 'deleted', 'data'])
      .execute();
    const facts = emptyFacts();
    for (const r of stored)
      extractFacts({ ...r, deleted: Number(r.deleted), data: JSON.parse(r.data) }, facts);
    for (const table of FACT_TABLES) {
      const row = await db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number | string>().as('n'))
        .executeTakeFirstOrThrow();
      expect([table, Number(row.n)]).toEqual([table, facts[table].length]);
      expect([table, result.tables[table]!.rows]).toEqual([table, facts[table].length]);
    }
    expect(result.tables.records!.rows).toBe(stored.length);
    expect(result.records).toBe(stored.length);
    expect(facts.record_values.length).toBeGreaterThan(5 * stored.length); // themes, actions, profile…
  });

  it('builds the secondary indexes it dropped for the load again, exactly as the migrations made them', async () => {
    const after = await secondaryIndexes(server.deps.database.db, kind, TABLES);
    expect(indexesBefore.length).toBeGreaterThan(10);
    expect(after.map((i) => i.definition)).toEqual(indexesBefore);
    expect(Object.keys(result.phases.indexSeconds).sort()).toEqual(after.map((i) => i.name).sort());
  });

  it('counts a month of figures the same as the records it stored', async () => {
    const admin = await signIn(server, result.users.admin, PASSWORD);
    const f = (await (await admin.get('/figures?from=2026-01-01&to=2026-01-31')).json()) as Figures;
    expect(f.accompaniments.total).toBe(result.byEntity.encounter);
    expect(f.outings.total).toBe(result.byEntity.outing);
    expect(f.kiosk.events).toBe(result.byEntity.kiosk_event);
    expect(f.survey.responses).toBe(result.byEntity.survey_response);
  });

  it('stops loading at its deadline with a whole, indexed, smaller federation', async () => {
    const other = await createTestServer(kind);
    try {
      const early = await seedFederation(other.deps, {
        centres: 3,
        territories: 1,
        year: 2026,
        months: 1,
        password: PASSWORD,
        lanes: 1,
        stopAfterSeconds: 0,
      });
      expect([early.centres, early.requested]).toEqual([1, 3]);
      const { db } = other.deps.database;
      const centres = await db.selectFrom('records').select('centre_id').distinct().execute();
      expect(centres.map((c) => c.centre_id)).toEqual([early.firstCentreId]);
      const indexes = await secondaryIndexes(db, kind, TABLES);
      expect(indexes.map((i) => i.definition)).toEqual(indexesBefore);
    } finally {
      await other.close();
    }
  });

  it('refuses a database that already holds records', async () => {
    await expect(
      seedFederation(server.deps, { centres: 1, territories: 1, year: 2026, months: 1, password: PASSWORD }),
    ).rejects.toThrow(/déjà des enregistrements/);
  });
});
