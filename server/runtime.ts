// Opens what a command needs: configuration, database (migrated) and secrets.
import type { Deps } from './app-env';
import { type Config, loadConfig } from './config';
import { connect } from './db/connect';
import { ensurePostgresDatabase } from './db/create-database';
import { migrateToLatest } from './db/migrate';
import { checkSecretOpensCentres, loadSecret, makeSecrets, secretSource } from './secrets';

export async function openRuntime(
  config: Config = loadConfig(),
  opts: { migrate?: boolean } = {},
): Promise<Deps> {
  if (config.databaseUrl && opts.migrate !== false) await ensurePostgresDatabase(config.databaseUrl);
  const database = connect(config);
  try {
    if (opts.migrate !== false) await migrateToLatest(database);
    const secrets = makeSecrets(loadSecret(config.dataDir, config.secret));
    if (opts.migrate !== false) {
      // A changed or lost secret is refused now, in words, not found later by failing contacts.
      await checkSecretOpensCentres(database.db, secrets, secretSource(config.dataDir, config.secret));
    }
    return { database, config, secrets, now: () => new Date() };
  } catch (err) {
    await database.close();
    throw err;
  }
}
