// The figures' side tables follow `records` through the real push: a new record gets its facts in
// the push's transaction, a correction (rev + 1) replaces them, a deletion and an erasure remove
// what they must; the back-fill of migration 010 gives a stored record the same facts. And no
// module writes `records` without keeping the facts in step, nor the counted facts or
// figure_counts around write.ts (counts.test.ts checks the counts themselves).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eraseContacts } from '../dashboard-api/privacy/erase';
import * as contactLinks from '../db/migrations/019_contact_links';
import { newId } from '../services/ids';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import {
  encounter,
  enrolTablet,
  pushRequest,
  seedWorld,
  type Tablet,
  type World,
} from '../test-support/sync';
import { FACT_TABLES, refillFacts } from './write';

const CONTACT = '019a3000-0000-7000-8000-00000000c0c0';

describe.each(DB_KINDS)('the side tables follow the records on %s', (kind) => {
  let server: TestServer;
  let world: World;
  let tablet: Tablet;
  let seq = 0;
  const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);
  const db = () => server.deps.database.db;
  async function push(op: 'upsert' | 'delete', entity: string, record: Record<string, unknown>) {
    const res = await pushRequest(fetcher, tablet, [{ seq: ++seq, entity, op, record }]);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { results: { status: string }[] }).results[0]?.status).toBe('applied');
  }
  const links = async (id: string) => values(id, 'contact');
  const themes = async (id: string) => values(id, 'theme');
  const values = async (id: string, kind: string) =>
    (
      await db()
        .selectFrom('record_values')
        .select('value')
        .where('record_id', '=', id)
        .where('kind', '=', kind)
        .orderBy('value')
        .execute()
    ).map((r) => r.value);

  beforeAll(async () => {
    server = await createTestServer(kind);
    server.setNow(new Date('2026-11-20T10:00:00.000Z'));
    world = await seedWorld(server.deps);
    tablet = await enrolTablet(server.deps, fetcher, world.centreA);
  });
  afterAll(() => server.close());

  it('writes, replaces and removes the facts of a pushed encounter', async () => {
    const e = encounter(tablet, world.agentA, { contactId: CONTACT });
    await push('upsert', 'encounter', e);
    const row = await db()
      .selectFrom('encounter_facts')
      .selectAll()
      .where('record_id', '=', e.id)
      .executeTakeFirst();
    expect(row).toMatchObject({
      centre_id: 'centre-a',
      type: 'individuel',
      sex: 'feminin',
      duration_min: 15,
    });
    expect(await themes(e.id)).toEqual(['aide_aux_demarches_administratives']);
    expect(await links(e.id)).toEqual([CONTACT]);

    await push('upsert', 'encounter', { ...e, rev: 2, themes: ['diagnostic_numerique'], durationMin: 40 });
    expect(await themes(e.id)).toEqual(['diagnostic_numerique']);
    const fixed = await db()
      .selectFrom('encounter_facts')
      .selectAll()
      .where('record_id', '=', e.id)
      .execute();
    expect(fixed.map((r) => r.duration_min)).toEqual([40]);

    // An erasure unlinks the person; the encounter still counts.
    await db()
      .transaction()
      .execute((trx) => eraseContacts(trx, [CONTACT], { reason: 'gdpr', now: server.deps.now() }));
    const unlinked = await db()
      .selectFrom('encounter_facts')
      .selectAll()
      .where('record_id', '=', e.id)
      .execute();
    expect(unlinked.map((r) => [r.contact_id, r.duration_min])).toEqual([[null, 40]]);
    expect(await links(e.id)).toEqual([]);
    expect(await themes(e.id)).toEqual(['diagnostic_numerique']);

    await push('delete', 'encounter', { ...e, rev: 3 });
    for (const table of FACT_TABLES) {
      const left = await db().selectFrom(table).select('record_id').where('record_id', '=', e.id).execute();
      expect(left, table).toEqual([]);
    }
  });

  it('keeps the contact link of a sign-up and of a deleted encounter (its body still names the person)', async () => {
    const other = '019a3000-0000-7000-8000-00000000d0d0';
    const e = encounter(tablet, world.agentA, { contactId: other });
    const { centreId, deviceId, agentId, createdAt } = e;
    const signup = { id: newId(), centreId, deviceId, agentId, createdAt, rev: 1, activityId: 'atelier-1' };
    await push('upsert', 'encounter', e);
    await push('upsert', 'signup', { ...signup, contactId: other, at: createdAt });
    expect(await links(signup.id)).toEqual([other]);
    await push('delete', 'encounter', { ...e, rev: 2 });
    expect(await links(e.id)).toEqual([other]);
    expect(await themes(e.id)).toEqual([]);
    const facts = await db().selectFrom('encounter_facts').select('record_id').where('record_id', '=', e.id);
    expect(await facts.execute()).toEqual([]);
  });

  it('migration 019 back-fills the contact links a push gives, tombstones included, set-based', async () => {
    const named = { contactId: '019a3000-0000-7000-8000-00000000e0e0' };
    const live = encounter(tablet, world.agentA, named);
    const gone = encounter(tablet, world.agentA, named);
    await push('upsert', 'encounter', live);
    await push('upsert', 'encounter', gone);
    await push('delete', 'encounter', { ...gone, rev: 2 });
    const all = () =>
      db()
        .selectFrom('record_values')
        .selectAll()
        .where('kind', '=', 'contact')
        .orderBy('record_id')
        .execute();
    const pushed = await all();
    expect(pushed.filter((r) => r.value === named.contactId).map((r) => r.record_id)).toEqual(
      [live.id, gone.id].sort(),
    );
    await db().deleteFrom('record_values').where('kind', '=', 'contact').execute();
    await contactLinks.up(db());
    expect(await all()).toEqual(pushed);
  });

  it('back-fills a record stored before the side tables with the same facts a push gives', async () => {
    const e = encounter(tablet, world.agentA, {
      themes: ['diagnostic_numerique', 'maintenance_de_materiel'],
    });
    await push('upsert', 'encounter', e);
    const pushed = await db().selectFrom('record_values').selectAll().where('record_id', '=', e.id).execute();
    for (const table of FACT_TABLES) await db().deleteFrom(table).execute();
    expect(await refillFacts(db())).toBeGreaterThan(0);
    const filled = await db().selectFrom('record_values').selectAll().where('record_id', '=', e.id).execute();
    const sort = (rows: typeof pushed) =>
      [...rows].sort((a, b) => `${a.kind}${a.value}`.localeCompare(`${b.kind}${b.value}`));
    expect(sort(filled)).toEqual(sort(pushed));
    expect(await themes(e.id)).toEqual(['diagnostic_numerique', 'maintenance_de_materiel']);
  });
});

describe('every module that writes records keeps the side tables in step', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return files(path);
      return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
    });

  it('calls writeFacts or dropFacts wherever records are inserted, updated or deleted', () => {
    const writers = files('server').filter((f) =>
      /(insertInto|updateTable|deleteFrom)\('records'\)|insertRows\(\w+, 'records'/.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(writers.length).toBeGreaterThan(2);
    for (const f of writers) expect(readFileSync(f, 'utf8'), f).toMatch(/\b(writeFacts|dropFacts)\(/);
  });

  it('writes the counted facts and figure_counts only through write.ts (so the counts follow)', () => {
    // The count table (counts.ts) is kept by writeFacts/dropFacts; the federation seed (bulk) and
    // migrations recount it (counts-sql.ts); erasure too goes through writeFacts.
    const allowed = new Set([
      'server/facts/write.ts',
      'server/facts/counts.ts',
      'server/facts/counts-sql.ts',
    ]);
    const counted =
      /(insertInto|updateTable|deleteFrom)\('(encounter_facts|record_values|kiosk_facts|survey_facts|figure_counts)'\)/g;
    const writers = files('server').filter((f) => !f.includes('/migrations/') && !allowed.has(f));
    for (const f of writers) {
      const found = [...readFileSync(f, 'utf8').matchAll(counted)].map((m) => m[0]);
      expect(found, f).toEqual([]);
    }
    // Erasure rewrites an unlinked encounter's facts through writeFacts (contact_id and its link).
    expect(readFileSync('server/dashboard-api/privacy/erase.ts', 'utf8')).toMatch(
      /writeFacts\(trx, unlinked\)/,
    );
  });
});
