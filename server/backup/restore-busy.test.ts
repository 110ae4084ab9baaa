// `borne restore` on PostgreSQL refuses while another session uses the database (a Borne server
// still running, a psql left open): restoring under it would mix two databases. A session that is
// closing — the server just stopped, its connections still leaving PostgreSQL — is waited for a
// moment rather than refused, and the database's own background workers (autovacuum) never count.
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { Deps } from '../app-env';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import { seedWorld } from '../test-support/sync';
import { backupPostgres, restorePostgres } from './postgres';

const BACKUP_AT = new Date('2026-11-03T02:00:00.000Z');
const RESTORE_AT = new Date('2026-11-03T08:00:00.000Z');

describe.runIf(DB_KINDS.includes('postgres'))('a restore and the other sessions on PostgreSQL', () => {
  let server: TestServer;
  let deps: Deps;
  const clients: pg.Client[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((c) => c.end().catch(() => undefined)));
    await deps.database.close().catch(() => undefined);
    await server.close().catch(() => undefined);
  });

  async function backedUp(): Promise<string> {
    server = await createTestServer('postgres');
    deps = server.deps;
    await seedWorld(deps);
    const file = join(server.dataDir, 'nuit.dump');
    await backupPostgres(server.databaseUrl!, file, BACKUP_AT);
    await deps.database.close();
    return file;
  }

  async function session(): Promise<pg.Client> {
    const c = new pg.Client({ connectionString: server.databaseUrl! });
    await c.connect();
    clients.push(c);
    return c;
  }

  it('a session left open is refused in words, and the database is not touched', async () => {
    const file = await backedUp();
    const open = await session();
    await open.query("INSERT INTO sync_meta (key, value) VALUES ('still-here', 'oui')");
    await expect(restorePostgres(deps.config, file, RESTORE_AT)).rejects.toThrow(
      /1 autre\(s\) connexion\(s\) à la base : arrêtez chaque serveur Borne.*Rien n’a été changé/,
    );
    const { rows } = await open.query("SELECT value FROM sync_meta WHERE key = 'still-here'");
    expect(rows).toEqual([{ value: 'oui' }]);
  });

  it('a session that ends a moment after the restore starts is waited for, not refused', async () => {
    const file = await backedUp();
    const closing = await session();
    setTimeout(() => void closing.end(), 400);
    const summary = await restorePostgres(deps.config, file, RESTORE_AT);
    expect(summary.epoch).toMatch(/^[0-9a-f-]{36}$/);
  });
});
