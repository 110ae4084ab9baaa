// Several instances on one database (issue 15): the scheduled jobs (daily purge, SMS every minute)
// claim each period's run in `job_runs` — one row per job, holding the last period claimed and who
// holds it until when — so two instances ticking together do the work once, and a run still going
// on one instance is not started again by another.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('job_runs')
    .addColumn('job', 'text', (c) => c.primaryKey())
    // The period claimed last ('2026-11-02' for the daily purge, '2026-11-02T10:07' for SMS).
    .addColumn('slot', 'text', (c) => c.notNull())
    .addColumn('instance', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text', (c) => c.notNull())
    // Past this instant a run that never finished (its instance died) no longer blocks the next.
    .addColumn('lease_until', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addColumn('outcome', 'text')
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('job_runs').execute();
}
