// GET /api/v1/health: tablets ask it whether the server is reachable (DESIGN.md "Sync"), operators
// whether it can still store. It writes a small probe row each time, so a full disk or a read-only
// database answers 503 saying the database cannot write, not a cheerful "ok".
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import type { Database_ } from '../db/connect';
import { currentSchemaVersion } from '../db/migrate';
import { CANNOT_WRITE_MESSAGE, isStorageFailure } from '../db/storage-errors';

/** A write that needs fresh pages (SQLite) and a commit (both): what a push will need too. */
async function canWrite(database: Database_): Promise<boolean> {
  const key = `health_probe:${Math.random().toString(36).slice(2)}`;
  try {
    await database.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('sync_meta')
        .values({ key, value: 'x'.repeat(8192) })
        .execute();
      await trx.deleteFrom('sync_meta').where('key', '=', key).execute();
    });
    return true;
  } catch (err) {
    if (isStorageFailure(err)) return false;
    throw err;
  }
}

export function healthRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const { database } = c.var.deps;
    const schemaVersion = await currentSchemaVersion(database);
    const headers = { 'Cache-Control': 'no-store' };
    if (!(await canWrite(database))) {
      return c.json(
        {
          status: 'error',
          database: database.kind,
          schemaVersion,
          canWrite: false,
          message: CANNOT_WRITE_MESSAGE,
        },
        503,
        headers,
      );
    }
    return c.json({ status: 'ok', database: database.kind, schemaVersion, canWrite: true }, 200, headers);
  });
  return app;
}
