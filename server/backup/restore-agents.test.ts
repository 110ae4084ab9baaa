// The centre's agents after a restore (agents.ts, docs/operations.md « Restauration »): an agent
// deactivated after the backup (a worker who left, a volunteer whose PIN was seen) stays
// deactivated, a PIN reset after it (because it leaked) does not go back to the leaked one, a role
// changed after it stays changed, an agent created after it is kept, and one the replaced database
// no longer had is deactivated. The tablet's next pull from zero carries each of them. On SQLite
// and PostgreSQL, through the real backup and restore.
import { afterEach, describe, expect, it } from 'vitest';
import { verifyPin } from '../../src/crypto/pin';
import type { PullResponse } from '../../src/shared/protocol';
import type { Agent } from '../../src/shared/reference';
import { createApp } from '../app';
import type { Deps } from '../app-env';
import { bumpChangeVersion } from '../db/change-version';
import { connect } from '../db/connect';
import { createAgent, resetAgentPin } from '../services/agents';
import { seedCentres } from '../test-support/dashboard';
import { createTestServer, DB_KINDS, nightBackupFile, type TestServer } from '../test-support/databases';
import { authHeaders, enrolTablet, type Tablet } from '../test-support/sync';
import { backupDatabase, restoreDatabase } from './database';

const BACKUP_AT = new Date('2026-11-03T02:00:00.000Z');
const AFTER = new Date('2026-11-03T05:00:00.000Z');
const RESTORE_AT = new Date('2026-11-03T08:00:00.000Z');

type Db = Deps['database']['db'];
interface Agents {
  left: string;
  leaked: string;
  promoted: string;
  gone: string;
  same: string;
}

for (const kind of DB_KINDS) {
  describe(`the agents after a restore on ${kind}`, () => {
    let server: TestServer;
    let deps: Deps;
    afterEach(async () => {
      await deps.database.close().catch(() => undefined);
      await server.close().catch(() => undefined);
    });
    const file = () => nightBackupFile(server);

    /** Agents of centre A in the backup; `after` changes them in the live database, then the restore. */
    async function world(after: (db: Db, agents: Agents) => Promise<void>) {
      server = await createTestServer(kind);
      deps = server.deps;
      await seedCentres(server);
      const tablet = await enrolTablet(deps, server.app.request.bind(server.app), 'centre-a');
      const db = deps.database.db;
      const agent = (displayName: string, role: 'agent' | 'volunteer' = 'agent') =>
        createAgent(db, { centreId: 'centre-a', displayName, pin: '1234', role }, BACKUP_AT);
      const agents: Agents = {
        left: await agent('Partie'),
        leaked: await agent('Fuite'),
        promoted: await agent('Bénévole', 'volunteer'),
        gone: await agent('Disparue'),
        same: await agent('Pareille'),
      };
      await backupDatabase(deps.config, file(), BACKUP_AT);
      server.setNow(AFTER);
      await after(db, agents);
      await deps.database.close();
      const done = await restoreDatabase(deps.config, file(), RESTORE_AT);
      deps = { ...deps, database: connect(deps.config) };
      const app = createApp(deps);
      server = { ...server, deps, app };
      return { tablet, agents, done, app };
    }

    /** The tablet's pull from zero, as after it learns the new epoch: the agents it receives. */
    async function pulledAgents(app: ReturnType<typeof createApp>, tablet: Tablet) {
      const res = await app.request('/api/v1/sync/pull?limit=500', { headers: authHeaders(tablet) });
      expect(res.status).toBe(200);
      const page = (await res.json()) as PullResponse;
      expect(page.hasMore).toBe(false);
      const agents = page.changes.filter((c) => c.entity === 'agent');
      return new Map(agents.map((c) => [c.id, c]));
    }

    it('an agent deactivated, a PIN reset or a role changed after the backup stay so on the tablet', async () => {
      const { tablet, agents, done, app } = await world(async (db, a) => {
        await db
          .updateTable('agents')
          .set({ deleted_at: AFTER.toISOString(), version: 900 })
          .where('id', '=', a.left)
          .execute();
        await resetAgentPin(db, a.leaked, '9876');
        await db
          .updateTable('agents')
          .set({ role: 'agent', version: 901 })
          .where('id', '=', a.promoted)
          .execute();
      });
      const rows = await deps.database.db.selectFrom('agents').selectAll().execute();
      const row = (id: string) => rows.find((r) => r.id === id)!;
      expect(row(agents.left).deleted_at).toBe(AFTER.toISOString());
      expect(row(agents.promoted).role).toBe('agent');
      expect(row(agents.same).deleted_at).toBeNull();

      const pulled = await pulledAgents(app, tablet);
      expect(pulled.get(agents.left)?.deleted).toBe(true);
      const leaked = pulled.get(agents.leaked)?.record as Agent;
      expect(await verifyPin('9876', leaked.pinVerifier)).toBe(true);
      expect(await verifyPin('1234', leaked.pinVerifier)).toBe(false);
      expect(pulled.get(agents.promoted)?.record).toMatchObject({ role: 'agent' });
      expect(pulled.get(agents.same)?.deleted).toBeUndefined();
      expect(done.carriedOver?.agents).toBe(3);
    });

    it('an agent created after the backup is kept and reaches the tablet; one no longer there is deactivated', async () => {
      let created = '';
      const { tablet, agents, done, app } = await world(async (db, a) => {
        for (let i = 0; i < 3; i++) await bumpChangeVersion(db); // other changes since the backup
        created = await createAgent(
          db,
          { centreId: 'centre-a', displayName: 'Nouvelle', pin: '4321' },
          AFTER,
        );
        await db.deleteFrom('agents').where('id', '=', a.gone).execute(); // a purged tombstone
      });
      const rows = await deps.database.db.selectFrom('agents').selectAll().execute();
      expect(rows.find((r) => r.id === created)?.display_name).toBe('Nouvelle');
      expect(rows.find((r) => r.id === agents.gone)?.deleted_at).toBe(RESTORE_AT.toISOString());

      const pulled = await pulledAgents(app, tablet);
      const fresh = pulled.get(created)?.record as Agent;
      expect(await verifyPin('4321', fresh.pinVerifier)).toBe(true);
      expect(pulled.get(agents.gone)?.deleted).toBe(true);
      expect(pulled.get(agents.same)?.deleted).toBeUndefined();
      expect(done.carriedOver?.agents).toBe(2);
    });

    it('nothing changed after the backup: no agent is counted', async () => {
      const { done } = await world(async () => {});
      expect(done.carriedOver?.agents).toBe(0);
    });
  });
}
