// The figures' count table (issue 15 §2, server/facts/counts.ts says why and what it holds): per
// centre × Paris day and per centre × Paris month × kind × value, kept at push in the facts'
// transaction. Back-filled set-based from the side tables of 010 (server/facts/counts-sql.ts: one
// INSERT … SELECT … GROUP BY for the days, one for the months), never a loop over the records.
import { type Kysely, sql } from 'kysely';
import { recountFigures } from '../../facts/counts-sql';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('figure_counts')
    .addColumn('centre_id', 'text', (c) => c.notNull())
    .addColumn('span', 'text', (c) => c.notNull())
    .addColumn('day', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('figure_counts_pk', ['centre_id', 'span', 'day', 'kind', 'value'])
    .execute();
  await recountFigures(db);
  // Statistics now, not at autovacuum's next pass: the figures' plans read them from the start.
  await sql`ANALYZE figure_counts`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('figure_counts').execute();
}
