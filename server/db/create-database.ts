// `migrate` on a fresh PostgreSQL: the database named in DATABASE_URL is created when it does not
// exist yet (through the server's maintenance database `postgres`), so the README's commands work
// as written. A user who may not create databases is told, in words, what to run instead.
import pg from 'pg';

/** PostgreSQL's "invalid_catalog_name": the database of the URL does not exist. */
const NO_SUCH_DATABASE = '3D000';

function databaseName(url: string): string {
  const name = decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
  if (!name) throw new Error('DATABASE_URL doit nommer une base, par exemple postgres://…/borne.');
  return name;
}

/** Creates the database of `url` when it is missing; true when it was created. */
export async function ensurePostgresDatabase(url: string): Promise<boolean> {
  const probe = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await probe.connect();
    return false;
  } catch (err) {
    if ((err as { code?: string }).code !== NO_SUCH_DATABASE) throw err;
  } finally {
    await probe.end().catch(() => {});
  }
  const name = databaseName(url);
  const maintenance = new URL(url);
  maintenance.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: maintenance.toString(), connectionTimeoutMillis: 10_000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
    return true;
  } catch (err) {
    // Two instances starting together: the other one created it first.
    if ((err as { code?: string }).code === '42P04') return false;
    throw new Error(
      `La base « ${name} » n’existe pas et ne peut pas être créée avec cet utilisateur (${(err as Error).message}). ` +
        `Créez-la une fois en administrateur (createdb ${name}, ou CREATE DATABASE ${name}; dans psql), puis relancez migrate.`,
    );
  } finally {
    await admin.end().catch(() => {});
  }
}
