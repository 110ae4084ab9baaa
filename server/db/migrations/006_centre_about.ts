// Centre « À propos » (issue 14): what the borne is for and the funders' block, written per centre
// on the dashboard, pulled by its tablets and printed at the top of the funders' exports. A JSON
// text column, null until a coordinator writes it.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('centres').addColumn('about', 'text').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('centres').dropColumn('about').execute();
}
