// Issue 11: the needs beyond the digital and « À la maison » of an encounter are counted from
// record_values (kinds need, at_home_*; server/facts/encounter.ts). Encounters stored before that
// rule — pushed after 010's back-fill by a server without it — are refilled here. The columns are
// 010's, named here, so that a later migration adding a column still runs after this one.
import type { Kysely } from 'kysely';
import { refillFacts } from '../../facts/write';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
type AnyDb = Kysely<any>;

const base = ['record_id', 'centre_id', 'agent_id', 'created_at'] as const;

/** The tables an encounter writes to, with the columns of 010. */
const COLUMNS = {
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
  card_sightings: ['record_id', 'entity', 'centre_id', 'created_at', 'pass_id', 'at', 'at_day'],
};

export async function up(db: AnyDb): Promise<void> {
  await refillFacts(db, { entities: ['encounter'], columns: COLUMNS });
}

export async function down(db: AnyDb): Promise<void> {
  // The rows stay valid without the kinds: dropping them is enough.
  await db
    .deleteFrom('record_values')
    .where('kind', 'in', ['need', 'at_home_smartphone', 'at_home_ordinateur', 'at_home_internet'])
    .execute();
}
