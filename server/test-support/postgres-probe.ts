// Whether the server suite can run on PostgreSQL: the address it uses, whether the server answers
// there, and whether this run asked for SQLite only (BORNE_TEST_DATABASES=sqlite, which
// `npm run mutate` sets; refused in CI). Light on purpose: Vitest's global setup imports it.
import pg from 'pg';

export const PG_ADMIN_URL = process.env.DATABASE_URL_PG ?? 'postgres://postgres@127.0.0.1:5432/test';

export async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export function sqliteOnlyAsked(): boolean {
  return process.env.BORNE_TEST_DATABASES === 'sqlite';
}

/** Why the PostgreSQL runs cannot be left out of this run, or undefined when they may be. */
export function postgresRequiredButMissing(answers: boolean): string | undefined {
  if (!process.env.CI) return undefined;
  if (!answers)
    return `CI runs the server suite on PostgreSQL too, and PostgreSQL does not answer at ${PG_ADMIN_URL}.`;
  if (sqliteOnlyAsked())
    return 'CI runs the server suite on PostgreSQL too: BORNE_TEST_DATABASES=sqlite is not allowed with CI=true.';
  return undefined;
}
