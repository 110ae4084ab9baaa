import { Migrator } from 'kysely';
import type { Database_ } from './connect';
import { migrations } from './migrations/index';

/** Brings the database to the latest schema; safe to run at every start and from several instances. */
export async function migrateToLatest(database: Database_): Promise<string[]> {
  // Migrations are numbered by the issue that adds them and may land out of order (004 after 008):
  // a database that already ran a higher number still gets the lower one.
  const migrator = new Migrator({
    db: database.db,
    provider: { getMigrations: async () => migrations },
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function currentSchemaVersion(database: Database_): Promise<string> {
  const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => migrations } });
  const list = await migrator.getMigrations();
  return list.filter((m) => m.executedAt).at(-1)?.name ?? 'none';
}
