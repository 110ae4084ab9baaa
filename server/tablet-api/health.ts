import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import { currentSchemaVersion } from '../db/migrate';

export function healthRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const { database } = c.var.deps;
    const schemaVersion = await currentSchemaVersion(database);
    return c.json({ status: 'ok', database: database.kind, schemaVersion }, 200, {
      'Cache-Control': 'no-store',
    });
  });
  return app;
}
