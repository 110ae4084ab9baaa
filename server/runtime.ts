// Opens what a command needs: configuration, database (migrated) and secrets.
import type { Deps } from './app-env';
import { type Config, loadConfig } from './config';
import { connect } from './db/connect';
import { ensurePostgresDatabase } from './db/create-database';
import { migrateToLatest } from './db/migrate';
import { checkSecretOpensCentres, loadSecret, makeSecrets, secretSource } from './secrets';

/** The server's clock: every Deps.now is this, and commands that open no runtime ask it too. */
export const serverNow = (): Date => new Date();

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
    return { database, config, secrets, now: serverNow };
  } catch (err) {
    await database.close();
    throw err;
  }
}
