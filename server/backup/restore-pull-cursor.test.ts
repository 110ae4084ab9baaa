// After a restore, a tablet's pull cursor can be ahead of the restored server: it pulled changes
// made after the backup, and the restored change counter starts again below them. A tablet that
// learns the new epoch reads from zero anyway (src/sync/restore.ts); one that never learnt an
// epoch (an older app, updated since) would ask "after version N" and skip every change the
// restored server stamps up to N. The server answers such a cursor with `reset` (server/sync/
// pull.ts), and the tablet's own pull code (src/sync/pull.ts) then reads everything from zero.
// On SQLite and PostgreSQL, through the real backup, restore and the tablet's sync code.
import { afterEach, describe, expect, it } from 'vitest';
import type { FetchLike } from '../../src/sync/http';
import { pullAll } from '../../src/sync/pull';
import { pushAll } from '../../src/sync/push';
import { getState } from '../../src/sync/state';
import { deleteTestDbs, freshDb } from '../../src/sync/test-support/local';
import { createApp } from '../app';
import type { Deps } from '../app-env';
import { connect } from '../db/connect';
import { createAgent } from '../services/agents';
import { createTestServer, DB_KINDS, nightBackupFile, type TestServer } from '../test-support/databases';
import { enrolTablet, seedWorld, type Tablet } from '../test-support/sync';
import { backupDatabase, restoreDatabase } from './database';

const BACKUP_AT = new Date('2026-11-03T02:00:00.000Z');
const RESTORE_AT = new Date('2026-11-03T08:00:00.000Z');

for (const kind of DB_KINDS) {
  describe(`a pull cursor ahead of the restored server on ${kind}`, () => {
    let server: TestServer;
    let deps: Deps;
    let app: ReturnType<typeof createApp>;
    afterEach(async () => {
      await deleteTestDbs();
      await deps.database.close().catch(() => undefined);
      await server.close().catch(() => undefined);
    });
    const fetcher: FetchLike = (path, init) => Promise.resolve(app.request(path, init));
    const pull = (db: ReturnType<typeof freshDb>, t: Tablet) =>
      pullAll({
        db,
        fetch: fetcher,
        token: t.deviceToken,
        now: () => RESTORE_AT,
        pushAll: () =>
          pushAll({ db, fetch: fetcher, token: t.deviceToken, deviceId: t.deviceId, now: () => RESTORE_AT }),
      });
    const agent = (centreId: string, displayName: string) =>
      createAgent(deps.database.db, { centreId, displayName, pin: '2468' }, deps.now());

    it('a tablet that never learnt an epoch reads again from zero and gets what the restored server published', async () => {
      server = await createTestServer(kind);
      deps = server.deps;
      app = server.app;
      const world = await seedWorld(deps);
      const t = await enrolTablet(deps, app.request.bind(app), world.centreA);
      const db = freshDb();
      await pull(db, t);
      const file = nightBackupFile(server);
      await backupDatabase(deps.config, file, BACKUP_AT);
      // After the backup: agents published and pulled, so the tablet's cursor moves past the backup.
      const lost = [];
      for (const name of ['Après 1', 'Après 2', 'Après 3']) lost.push(await agent(world.centreA, name));
      await pull(db, t);
      expect(await db.agents.get(lost[2]!)).toBeTruthy();
      // An older app never kept the epoch: the updated one starts without it.
      await db.syncState.delete('server:epoch');
      // One of them no database has any more (a purged row): the restored server does not publish it.
      await deps.database.db.deleteFrom('agents').where('id', '=', lost[0]!).execute();
      await deps.database.close();
      await restoreDatabase(deps.config, file, RESTORE_AT);
      deps = { ...deps, database: connect(deps.config) };
      app = createApp(deps);
      // The restored server publishes at versions the tablet's cursor is already past.
      const fresh = await agent(world.centreA, 'Après la restauration');
      const summary = await pull(db, t);
      expect(summary.reset).toBe(true);
      expect(await db.agents.get(fresh)).toMatchObject({ displayName: 'Après la restauration' });
      // What the restored server no longer has is gone from the tablet too (the tables were read
      // again); the agents created after the backup are carried over (agents.ts) and read again.
      expect(await db.agents.get(lost[0]!)).toBeUndefined();
      expect(await db.agents.get(lost[2]!)).toMatchObject({ displayName: 'Après 3' });
      expect(await getState(db, 'server:epoch')).toBeTruthy();
    });
  });
}
