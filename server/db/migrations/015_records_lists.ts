// Records lists, follow-up queue and exports as SQL (issue 15 point 1): the filters read the
// figures' side tables of 010. This adds what the lists need beyond the figures:
// - the contacts' consent purposes (record_values `consent_purpose`, server/facts/extract.ts), which
//   the follow-up queue filters on: refilled here for the contacts stored before;
// - an index that answers a list filter (a theme, an institution…) within a scope and a period from
//   the index alone, so a filtered page and its total never read the rows of the whole period.
import type { Kysely } from 'kysely';
import { refillFacts } from '../../facts/write';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
type AnyDb = Kysely<any>;

const RECORD_VALUES_010 = [
  'record_id',
  'centre_id',
  'agent_id',
  'created_at',
  'entity',
  'kind',
  'value',
  'n',
];

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createIndex('record_values_filter')
    .on('record_values')
    .columns(['kind', 'value', 'centre_id', 'created_at', 'record_id'])
    .execute();
  // Only record_values: a contact has no other fact; 010's columns, so a later column is not needed.
  await refillFacts(db, { entities: ['contact'], columns: { record_values: RECORD_VALUES_010 } });
}

export async function down(db: AnyDb): Promise<void> {
  await db.deleteFrom('record_values').where('kind', '=', 'consent_purpose').execute();
  await db.schema.dropIndex('record_values_filter').execute();
}
