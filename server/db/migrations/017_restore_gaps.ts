// Restore gaps (issue 15 §4): a quarantined mutation may carry a reason the dashboard puts into
// words in each language, beside the French sentence kept in `reason`. `reason_code` names it
// (`restore_lost`: a contact lost by the restore of `reason_epoch`, whose sealed box the tablet had
// already deleted); rows without a code keep showing their French reason as before.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('quarantine').addColumn('reason_code', 'text').execute();
  await db.schema.alterTable('quarantine').addColumn('reason_epoch', 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('quarantine').dropColumn('reason_epoch').execute();
  await db.schema.alterTable('quarantine').dropColumn('reason_code').execute();
}
