// Vitest's global setup: the server suite never loses its PostgreSQL runs silently. One line says
// which databases the run covers; with CI=true, a PostgreSQL that does not answer (or a request for
// SQLite only) fails the whole run before any test starts.
import { PG_ADMIN_URL, postgresAnswers, postgresRequiredButMissing, sqliteOnlyAsked } from './postgres-probe';

export default async function databaseGuard(): Promise<void> {
  const answers = await postgresAnswers();
  const missing = postgresRequiredButMissing(answers);
  if (missing) throw new Error(missing);
  console.info(
    answers && !sqliteOnlyAsked()
      ? '[server suite] databases: SQLite and PostgreSQL (each server test runs on both)'
      : `[server suite] databases: SQLite only — ${
          answers ? 'BORNE_TEST_DATABASES=sqlite' : `PostgreSQL does not answer at ${PG_ADMIN_URL}`
        }`,
  );
}
