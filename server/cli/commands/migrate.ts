import { loadConfig } from '../../config';
import { connect } from '../../db/connect';
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
    const database = connect(config);
    try {
      const applied = await migrateToLatest(database);
      const schemaVersion = await currentSchemaVersion(database);
      return {
        json: { database: database.kind, applied, schemaVersion },
        text: applied.length
          ? `Base ${database.kind} à jour : ${applied.join(', ')} appliquée(s).`
          : `Base ${database.kind} déjà à jour (${schemaVersion}).`,
      };
    } finally {
      await database.close();
    }
  },
};
