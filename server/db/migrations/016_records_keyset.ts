// The encounters list by position (issue 15, records page): each centre's encounters in the list's
// own order — createdAt newest first, then id — straight from one index, so a page walks a few
// hundred index entries per centre instead of sorting the period (server/dashboard-api/records/
// keyset.ts). It also answers every range on (centre, createdAt) that `encounter_facts_centre_time`
// of 010 answered, which it replaces; `record_values_kind_value` of 010 repeats the first two
// columns of `record_values_filter` (015) and goes too: one B-tree less to write at every push
// (the look-ups by kind and value — consent purposes, contact links of 019 — use the longer one).
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex('encounter_facts_centre_list')
    .on('encounter_facts')
    .columns(['centre_id', 'created_at desc', 'record_id'])
    .execute();
  await db.schema.dropIndex('encounter_facts_centre_time').execute();
  await db.schema.dropIndex('record_values_kind_value').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex('record_values_kind_value')
    .on('record_values')
    .columns(['kind', 'value'])
    .execute();
  await db.schema
    .createIndex('encounter_facts_centre_time')
    .on('encounter_facts')
    .columns(['centre_id', 'created_at'])
    .execute();
  await db.schema.dropIndex('encounter_facts_centre_list').execute();
}
