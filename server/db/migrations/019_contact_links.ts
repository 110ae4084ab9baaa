// The records that name a contact, found by the exact id (issue 15): an erasure or the retention
// purge used to look for `"contactId":"<id>"` with LIKE over every encounter's and sign-up's JSON
// body — a full scan per batch (4.5 minutes of a start-up purge at 131 centres on PostgreSQL), and
// case-blind on SQLite. The facts rule (server/facts/extract.ts) now writes the link at push as
// record_values kind `contact` (value: the contact's id), tombstones included; the index
// record_values_filter (kind, value, …) of 015 answers it (016 dropped 010's shorter one). This
// back-fills the link of the records stored before, set-based: one INSERT … SELECT over the two
// entities, the id read by the database's own JSON functions, never a loop over the records in
// JavaScript.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
type AnyDb = Kysely<any>;

const isPostgres = (db: AnyDb) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: AnyDb): Promise<void> {
  // The LIKE only skips the bodies without the key before the JSON is parsed; the JSON test decides.
  if (isPostgres(db)) {
    await sql`INSERT INTO record_values (record_id, entity, centre_id, agent_id, created_at, kind, value, n)
      SELECT s.id, s.entity, s.centre_id, s.agent_id, s.created_at, 'contact', s.c #>> '{}', 1
      FROM (
        SELECT id, entity, centre_id, agent_id, created_at, data::json -> 'contactId' AS c
        FROM records
        WHERE entity IN ('encounter', 'signup') AND data LIKE '%"contactId":"%'
      ) s
      WHERE json_typeof(s.c) = 'string' AND s.c #>> '{}' <> ''
      ON CONFLICT (record_id, kind, value) DO NOTHING`.execute(db);
    // Statistics now: the erasure's plan must see the new kind from the start.
    await sql`ANALYZE record_values`.execute(db);
    return;
  }
  await sql`INSERT INTO record_values (record_id, entity, centre_id, agent_id, created_at, kind, value, n)
    SELECT id, entity, centre_id, agent_id, created_at, 'contact', json_extract(data, '$.contactId'), 1
    FROM records
    WHERE entity IN ('encounter', 'signup') AND data LIKE '%"contactId":"%'
      AND json_type(data, '$.contactId') = 'text' AND json_extract(data, '$.contactId') <> ''
    ON CONFLICT (record_id, kind, value) DO NOTHING`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await db.deleteFrom('record_values').where('kind', '=', 'contact').execute();
}
