// Restore epoch (issue 15): the database's epoch is a random id in sync_meta (`epoch`); a restore
// from a backup gives it a new one, and every push and pull answer carries it, so a tablet learns
// that the server lost what came after the backup and pushes again all it still holds.
// `restores` keeps each restore (when, from a backup of when); `restore_devices` what each tablet
// had sent and what came back, for the dashboard's « Perdu par la restauration » block.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db
    .insertInto('sync_meta')
    .values({ key: 'epoch', value: randomUUID() })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  await db.schema
    .createTable('restores')
    .addColumn('epoch', 'text', (c) => c.primaryKey())
    .addColumn('previous_epoch', 'text')
    .addColumn('restored_at', 'text', (c) => c.notNull())
    .addColumn('backup_taken_at', 'text')
    .execute();
  await db.schema
    .createTable('restore_devices')
    .addColumn('epoch', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull())
    // What the restored database had of this tablet (its lastSeq in the backup)…
    .addColumn('seq_in_backup', 'integer', (c) => c.notNull())
    // …what the replaced database had, when it could still be read (null: unknown)…
    .addColumn('seq_before', 'integer')
    // …and what the tablet says the server had acknowledged, at its first push after the restore.
    .addColumn('acked_seq', 'integer')
    .addColumn('resynced_at', 'text')
    .addColumn('returned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('lost_contacts', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('restore_devices_pk', ['epoch', 'device_id'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('restore_devices').execute();
  await db.schema.dropTable('restores').execute();
  await db.deleteFrom('sync_meta').where('key', '=', 'epoch').execute();
}
