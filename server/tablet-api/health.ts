// GET /api/v1/health: tablets ask it whether the server is reachable (DESIGN.md "Sync"), operators
// and load balancers whether this instance can still store. It writes a small probe row each time,
// so a full disk, a read-only database or a database that does not answer gives 503 with
// `canWrite: false` and a sentence, never a cheerful "ok" — and never a 500: a load balancer then
// takes this instance out of rotation while the others serve.
import { Hono } from 'hono';
import type { AppEnv } from '../app-env';
import type { Database_ } from '../db/connect';
import { currentSchemaVersion } from '../db/migrate';
import { CANNOT_WRITE_MESSAGE, isStorageFailure } from '../db/storage-errors';
import { log } from '../log';

const UNREACHABLE_MESSAGE =
  'Le serveur n’arrive pas à joindre sa base de données : rien ne peut être lu ni enregistré. La personne qui gère le serveur doit vérifier que la base de données tourne et répond.';

type Probe = { ok: true } | { ok: false; message: string };

/** A load balancer asks every few seconds: the log says when it starts failing and when it is back. */
let failing = false;

function logChange(probe: Probe, kind: string): void {
  if (failing === !probe.ok) return;
  failing = !probe.ok;
  if (probe.ok)
    log('info', 'health', 'La base de données écrit de nouveau.', { database: kind, canWrite: true });
  else log('error', 'health', probe.message, { database: kind, canWrite: false });
}

/** A write that needs fresh pages (SQLite) and a commit (both): what a push will need too. */
async function probeWrite(database: Database_): Promise<Probe> {
  const key = `health_probe:${Math.random().toString(36).slice(2)}`;
  try {
    await database.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('sync_meta')
        .values({ key, value: 'x'.repeat(8192) })
        .execute();
      await trx.deleteFrom('sync_meta').where('key', '=', key).execute();
    });
    return { ok: true };
  } catch (err) {
    return { ok: false, message: isStorageFailure(err) ? CANNOT_WRITE_MESSAGE : UNREACHABLE_MESSAGE };
  }
}

export function healthRoutes() {
  const app = new Hono<AppEnv>();
  app.get('/', async (c) => {
    const { database } = c.var.deps;
    const headers = { 'Cache-Control': 'no-store' };
    let schemaVersion: string | null = null;
    let probe: Probe;
    try {
      schemaVersion = await currentSchemaVersion(database);
      probe = await probeWrite(database);
    } catch (err) {
      probe = { ok: false, message: isStorageFailure(err) ? CANNOT_WRITE_MESSAGE : UNREACHABLE_MESSAGE };
    }
    logChange(probe, database.kind);
    if (!probe.ok) {
      return c.json(
        { status: 'error', database: database.kind, schemaVersion, canWrite: false, message: probe.message },
        503,
        headers,
      );
    }
    return c.json({ status: 'ok', database: database.kind, schemaVersion, canWrite: true }, 200, headers);
  });
  return app;
}
