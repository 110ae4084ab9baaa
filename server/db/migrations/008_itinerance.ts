// Itinérance (issue 11): planned permanences published to tablets (a change-versioned table like
// the agenda), the last heartbeat each tablet's push carried, and each centre's list of priority
// neighbourhoods (QPV) that the coverage page walks.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('permanences')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('permanences_centre_version')
    .on('permanences')
    .columns(['centre_id', 'version'])
    .execute();

  await db.schema.alterTable('devices').addColumn('heartbeat', 'text').execute();
  await db.schema.alterTable('devices').addColumn('heartbeat_at', 'text').execute();

  await db.schema
    .createTable('centre_neighbourhoods')
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('qpv', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('centre_neighbourhoods_pk', ['centre_id', 'name'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('centre_neighbourhoods').execute();
  await db.schema.alterTable('devices').dropColumn('heartbeat_at').execute();
  await db.schema.alterTable('devices').dropColumn('heartbeat').execute();
  await db.schema.dropIndex('permanences_centre_version').execute();
  await db.schema.dropTable('permanences').execute();
}
