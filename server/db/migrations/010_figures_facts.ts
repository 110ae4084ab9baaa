// Figures computed by the database (issue 15): side tables filled at push from each record
// (server/facts/extract.ts), so that every figure and report is a GROUP BY over indexed columns
// instead of a period's records parsed in memory. Row types: server/db/facts-schema.ts. The
// back-fill parses the records already stored, 500 at a time; it writes 010's columns only, so a
// later migration that adds a column (and refills it) still runs after this one.
import type { Kysely } from 'kysely';
import { type FactColumns, refillFacts } from '../../facts/write';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
type AnyDb = Kysely<any>;

const base = ['record_id', 'centre_id', 'agent_id', 'created_at'] as const;

/** Every table's columns as this migration creates them, for its back-fill. */
const COLUMNS: FactColumns = {
  encounter_facts: [
    ...base,
    'type',
    'people',
    'participants',
    'duration_min',
    'sex',
    'age_band',
    'social_status',
    'lives_in_qpv',
    'first_time',
    'autonomy',
    'outing_id',
    'contact_id',
    'pass_id',
  ],
  record_values: [...base, 'entity', 'kind', 'value', 'n'],
  outing_facts: [
    ...base,
    'started_at',
    'start_day',
    'ended_at',
    'duration_ms',
    'place_kind',
    'qpv',
    'neighbourhood',
    'neighbourhood_key',
    'permanence_id',
    'planned_date',
  ],
  kiosk_facts: [...base, 'event', 'guide_id', 'step', 'activity_id', 'language', 'weekday', 'hour'],
  survey_facts: [...base, 'context', 'guide_id', 'activity_id', 'language'],
  card_sightings: ['record_id', 'entity', 'centre_id', 'created_at', 'pass_id', 'at', 'at_day'],
  skill_answers: ['record_id', 'centre_id', 'created_at', 'pass_id', 'item', 'answer'],
};

const TEXT = new Set([
  'record_id',
  'centre_id',
  'agent_id',
  'created_at',
  'entity',
  'kind',
  'value',
  'type',
  'sex',
  'age_band',
  'social_status',
  'lives_in_qpv',
  'first_time',
  'autonomy',
  'outing_id',
  'contact_id',
  'pass_id',
  'started_at',
  'start_day',
  'ended_at',
  'place_kind',
  'neighbourhood',
  'neighbourhood_key',
  'permanence_id',
  'planned_date',
  'event',
  'guide_id',
  'activity_id',
  'language',
  'context',
  'at',
  'at_day',
  'item',
  'answer',
]);
const NOT_NULL = new Set([
  ...base,
  'entity',
  'kind',
  'value',
  'n',
  'type',
  'people',
  'participants',
  'started_at',
  'start_day',
  'place_kind',
  'qpv',
  'neighbourhood',
  'neighbourhood_key',
  'event',
  'language',
  'context',
  'at',
  'at_day',
  'item',
  'answer',
]);
/** Tables with one row per record (the others have several: record_values, skill_answers). */
const ONE_PER_RECORD = new Set([
  'encounter_facts',
  'outing_facts',
  'kiosk_facts',
  'survey_facts',
  'card_sightings',
]);

const INDEXES: [string, string, string[]][] = [
  ['encounter_facts_centre_time', 'encounter_facts', ['centre_id', 'created_at']],
  ['encounter_facts_outing', 'encounter_facts', ['outing_id']],
  ['encounter_facts_contact', 'encounter_facts', ['contact_id']],
  // Figures ask one kind (or a few) over a period: seek by centre and kind, range on time, and read
  // value and n from the index itself (no table lookup per row).
  ['record_values_scope', 'record_values', ['centre_id', 'kind', 'created_at', 'value', 'n']],
  ['record_values_kind_value', 'record_values', ['kind', 'value']],
  ['outing_facts_centre_time', 'outing_facts', ['centre_id', 'created_at']],
  ['outing_facts_centre_start', 'outing_facts', ['centre_id', 'started_at']],
  ['kiosk_facts_centre_time', 'kiosk_facts', ['centre_id', 'created_at']],
  ['survey_facts_centre_time', 'survey_facts', ['centre_id', 'created_at']],
  ['card_sightings_centre_at', 'card_sightings', ['centre_id', 'at']],
  ['card_sightings_pass', 'card_sightings', ['pass_id']],
  ['skill_answers_record', 'skill_answers', ['record_id']],
  ['skill_answers_centre_time', 'skill_answers', ['centre_id', 'created_at']],
  ['skill_answers_pass', 'skill_answers', ['pass_id']],
];

export async function up(db: AnyDb): Promise<void> {
  for (const [table, columns] of Object.entries(COLUMNS)) {
    let t = db.schema.createTable(table);
    for (const c of columns!) {
      t = t.addColumn(c, TEXT.has(c) ? 'text' : 'integer', (col) => {
        const typed = NOT_NULL.has(c) ? col.notNull() : col;
        return c === 'record_id' && ONE_PER_RECORD.has(table) ? typed.primaryKey() : typed;
      });
    }
    if (table === 'record_values')
      t = t.addPrimaryKeyConstraint('record_values_pk', ['record_id', 'kind', 'value'] as never[]);
    await t.execute();
  }
  for (const [name, table, columns] of INDEXES)
    await db.schema.createIndex(name).on(table).columns(columns).execute();
  await refillFacts(db, { columns: COLUMNS });
}

export async function down(db: AnyDb): Promise<void> {
  for (const [name] of INDEXES) await db.schema.dropIndex(name).execute();
  for (const table of Object.keys(COLUMNS).reverse()) await db.schema.dropTable(table).execute();
}
