// Dashboard (issue 6): audit entries carry the centre they concern (so a coordinator sees only
// theirs), content drafts edited on the dashboard before they are published as a content version,
// and the indexes the dashboard's lists walk.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('centre_id', 'text').execute();
  await db.schema.createIndex('audit_log_centre_at').on('audit_log').columns(['centre_id', 'at']).execute();

  // kind: 'guide' | 'glossary'; data null = "delete this item at the next publication".
  await db.schema
    .createTable('content_drafts')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('data', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('content_drafts_pk', ['kind', 'id'])
    .execute();

  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
  await db.schema.createIndex('contact_lookup_contact').on('contact_lookup').column('contact_id').execute();
  await db.schema
    .createIndex('quarantine_centre_status')
    .on('quarantine')
    .columns(['centre_id', 'status'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const index of [
    'quarantine_centre_status',
    'contact_lookup_contact',
    'sessions_user',
    'audit_log_centre_at',
  ]) {
    await db.schema.dropIndex(index).execute();
  }
  await db.schema.dropTable('content_drafts').execute();
  await db.schema.alterTable('audit_log').dropColumn('centre_id').execute();
}
