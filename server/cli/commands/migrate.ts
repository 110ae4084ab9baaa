import { loadConfig } from '../../config';
import { connect } from '../../db/connect';
import { ensurePostgresDatabase } from '../../db/create-database';
import { currentSchemaVersion, migrateToLatest } from '../../db/migrate';
import { parse } from '../args';
import type { Command } from '../command';

export const migrate: Command = {
  name: 'migrate',
  summary: 'met la base de données à jour (SQLite ou PostgreSQL)',
  usage: 'migrate [--json]',
  async run(argv) {
    parse(argv, {});
    const config = loadConfig();
    const created = config.databaseUrl ? await ensurePostgresDatabase(config.databaseUrl) : false;
    const database = connect(config);
    try {
      const applied = await migrateToLatest(database);
      const schemaVersion = await currentSchemaVersion(database);
      return {
        json: { database: database.kind, created, applied, schemaVersion },
        text:
          (created ? 'Base de données créée.\n' : '') +
          (applied.length
            ? `Base ${database.kind} à jour : ${applied.join(', ')} appliquée(s).`
            : `Base ${database.kind} déjà à jour (${schemaVersion}).`),
      };
    } finally {
      await database.close();
    }
  },
};
