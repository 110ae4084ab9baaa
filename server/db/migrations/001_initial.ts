// The first schema, for SQLite and PostgreSQL alike. Times are ISO 8601 text (UTC), JSON is text,
// booleans are 0/1 integers: the same on both databases, so queries need no dialect branches.
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations run against the schema as it was then.
type AnyDb = Kysely<any>;

function isPostgres(db: AnyDb): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** An auto-increment integer primary key on either database. */
function serialType(db: AnyDb) {
  return isPostgres(db) ? sql`serial` : sql`integer`;
}

export async function up(db: AnyDb): Promise<void> {
  const pg = isPostgres(db);
  const autoId = (c: import('kysely').ColumnDefinitionBuilder) =>
    pg ? c.primaryKey() : c.primaryKey().autoIncrement();

  // One server-wide change counter, bumped in every writing transaction: pull cursors use it.
  await db.schema
    .createTable('change_counter')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto('change_counter').values({ id: 1, version: 0 }).execute();

  await db.schema
    .createTable('territories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('centres')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('territory_id', 'text', (c) => c.notNull().references('territories.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('commune', 'text', (c) => c.notNull())
    .addColumn('public_key', 'text', (c) => c.notNull()) // JWK
    .addColumn('private_key_enc', 'text', (c) => c.notNull()) // JWK wrapped under the server secret
    .addColumn('settings', 'text', (c) => c.notNull()) // CentreSettings JSON
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('agents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('pin_verifier', 'text', (c) => c.notNull()) // PinVerifier JSON
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('partners')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('territory_id', 'text', (c) => c.notNull().references('territories.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull()) // Partner JSON
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();

  await db.schema
    .createTable('activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('data', 'text', (c) => c.notNull()) // Activity JSON
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();

  // Published content bundles (guides, glossary, synonyms); the highest version is current.
  await db.schema
    .createTable('content_versions')
    .addColumn('version', 'integer', (c) => c.primaryKey())
    .addColumn('bundle', 'text', (c) => c.notNull())
    .addColumn('etag', 'text', (c) => c.notNull())
    .addColumn('change_version', 'integer', (c) => c.notNull())
    .addColumn('published_at', 'text', (c) => c.notNull())
    .addColumn('published_by', 'text')
    .execute();

  await db.schema
    .createTable('devices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('last_seq', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull()) // active | revoked
    .addColumn('enrolled_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text')
    .addColumn('revoked_at', 'text')
    .execute();

  await db.schema
    .createTable('device_commands')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('device_id', 'text', (c) => c.notNull().references('devices.id'))
    .addColumn('command', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('enrol_codes')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  // Records pushed by tablets: one table, the typed columns are those the server filters on,
  // the whole validated record is kept as JSON in `data`.
  await db.schema
    .createTable('records')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('rev', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('retention_until', 'text') // contacts only
    .execute();
  await db.schema
    .createIndex('records_centre_entity_created')
    .on('records')
    .columns(['centre_id', 'entity', 'created_at'])
    .execute();

  // HMAC (server secret) of a contact's normalised phone / e-mail, for GDPR requests.
  await db.schema
    .createTable('contact_lookup')
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_lookup_pk', ['hash', 'contact_id'])
    .execute();

  // Mutations that failed validation: kept with the reason, shown to coordinators.
  await db.schema
    .createTable('quarantine')
    .addColumn('id', serialType(db), autoId)
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('centre_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open')) // open | corrected | dismissed
    .execute();

  // What the dashboard adds beside a record; never rewrites what the tablet sent.
  await db.schema
    .createTable('reviews')
    .addColumn('record_id', 'text', (c) => c.primaryKey())
    .addColumn('state', 'text', (c) => c.notNull()) // recu | a_verifier | valide
    .addColumn('comment', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('follow_ups')
    .addColumn('contact_id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull()) // a_faire | fait | injoignable
    .addColumn('due_date', 'text')
    .addColumn('assignee', 'text')
    .addColumn('comment', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('login', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull()) // coordinator | territory_coordinator | admin
    .addColumn('territory_id', 'text')
    .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('user_centres')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('centre_id', 'text', (c) => c.notNull().references('centres.id'))
    .addPrimaryKeyConstraint('user_centres_pk', ['user_id', 'centre_id'])
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', serialType(db), autoId)
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text')
    .addColumn('detail', 'text')
    .execute();

  // Fixed-window counters for rate limiting (devices, logins), in the database so that several
  // server instances share them.
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of [
    'rate_limits',
    'audit_log',
    'sessions',
    'user_centres',
    'users',
    'follow_ups',
    'reviews',
    'quarantine',
    'contact_lookup',
    'records',
    'enrol_codes',
    'device_commands',
    'devices',
    'content_versions',
    'activities',
    'partners',
    'agents',
    'centres',
    'territories',
    'change_counter',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
