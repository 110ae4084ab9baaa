// Sync (issue 5): a small key/value table for sync state (the tombstone horizon) and the indexes the
// pull queries walk (one per published table, by owner then change version).
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('sync_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('partners_territory_version')
    .on('partners')
    .columns(['territory_id', 'version'])
    .execute();
  await db.schema
    .createIndex('activities_centre_version')
    .on('activities')
    .columns(['centre_id', 'version'])
    .execute();
  await db.schema
    .createIndex('agents_centre_version')
    .on('agents')
    .columns(['centre_id', 'version'])
    .execute();
  await db.schema
    .createIndex('device_commands_device_version')
    .on('device_commands')
    .columns(['device_id', 'version'])
    .execute();
  await db.schema.createIndex('quarantine_device').on('quarantine').columns(['device_id', 'seq']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const index of [
    'quarantine_device',
    'device_commands_device_version',
    'agents_centre_version',
    'activities_centre_version',
    'partners_territory_version',
  ]) {
    await db.schema.dropIndex(index).execute();
  }
  await db.schema.dropTable('sync_meta').execute();
}
