// SMS (issue 12): the queue of messages the server sends (one row per contact × purpose × occasion,
// unique, so a planner run twice enqueues once), the numbers that answered STOP (by lookup hash,
// never in clear), the answers to « avez-vous obtenu votre droit ? » (anonymous outcomes), the
// replies kept for the follow-up queue (text wrapped under the server secret) and each centre's
// provider settings (credentials wrapped under the server secret; never pulled by tablets).
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('sms_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('centre_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text')
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('occasion', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('params', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('send_after', 'text', (c) => c.notNull())
    .addColumn('claim_token', 'text')
    .addColumn('claimed_until', 'text')
    .addColumn('provider', 'text')
    .addColumn('provider_message_id', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('sms_messages_once', ['contact_id', 'purpose', 'occasion'])
    .execute();
  await db.schema
    .createIndex('sms_messages_due')
    .on('sms_messages')
    .columns(['status', 'send_after'])
    .execute();
  await db.schema
    .createIndex('sms_messages_centre')
    .on('sms_messages')
    .columns(['centre_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('sms_optouts')
    .addColumn('centre_id', 'text', (c) => c.notNull())
    .addColumn('phone_hash', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sms_optouts_pk', ['centre_id', 'phone_hash'])
    .execute();

  await db.schema
    .createTable('sms_outcomes')
    .addColumn('message_id', 'text', (c) => c.primaryKey())
    .addColumn('centre_id', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('institutions', 'text', (c) => c.notNull())
    .addColumn('sub_themes', 'text', (c) => c.notNull())
    .addColumn('guide_ids', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sms_replies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('centre_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text')
    .addColumn('text_enc', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('sms_settings')
    .addColumn('centre_id', 'text', (c) => c.primaryKey())
    .addColumn('provider', 'text', (c) => c.notNull())
    .addColumn('config_enc', 'text')
    .addColumn('daily_cap', 'integer', (c) => c.notNull())
    .addColumn('outcome_delay_days', 'integer', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const t of ['sms_settings', 'sms_replies', 'sms_outcomes', 'sms_optouts', 'sms_messages'])
    await db.schema.dropTable(t).execute();
}
