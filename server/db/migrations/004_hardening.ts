// Hardening (issue 9): ids erased at a person's request or at the end of their retention are
// remembered, so that a later push of the same id is refused instead of bringing the person back.
// Only the id, its centre and entity, why and when: nothing of the person.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('erased_records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('centre_id', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    // 'gdpr' | 'retention'
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('erased_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('erased_records').execute();
}
