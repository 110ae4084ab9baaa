// Backup, restore and the tablets' re-push (issue 15, DESIGN.md "Sync" restore), on SQLite and on
// PostgreSQL: the restored database has a new epoch; a push under the old one applies nothing and
// says the new one; the re-push (same ids and revs) moves lastSeq once and stores every record once;
// a contact whose sealed box the tablet no longer holds is counted as lost by the restore.
import { afterEach, describe, expect, it } from 'vitest';
import { seal } from '../../src/crypto/seal';
import { createApp } from '../app';
import type { Deps } from '../app-env';
import { connect } from '../db/connect';
import { createTestServer, DB_KINDS, nightBackupFile, type TestServer } from '../test-support/databases';
import {
  contactRecord,
  encounter,
  enrolTablet,
  pushRequest,
  seedWorld,
  type Tablet,
  upserts,
} from '../test-support/sync';
import { backupDatabase, restoreDatabase } from './database';
import { readEpoch } from './epoch';
import { lastRestoreLoss } from './losses';

for (const kind of DB_KINDS) {
  describe(`restore and re-push on ${kind}`, () => {
    let server: TestServer;
    let deps: Deps;
    afterEach(async () => {
      await deps.database.close().catch(() => undefined);
      await server.close().catch(() => undefined);
    });

    async function push(app: ReturnType<typeof createApp>, tablet: Tablet, muts: unknown[], extra = {}) {
      const res = await pushRequest(app.request.bind(app), tablet, muts as never, extra);
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    }

    it('a restore gives a new epoch; the tablet re-pushes with the same ids and every record is stored once', async () => {
      server = await createTestServer(kind);
      deps = server.deps;
      const world = await seedWorld(deps);
      let app = server.app;
      const tablet = await enrolTablet(deps, app.request.bind(app), world.centreA);
      const first = Array.from({ length: 20 }, () => encounter(tablet, world.agentA));
      const answer = await push(app, tablet, upserts(first, 1));
      expect(answer.status).toBe(200);
      const epoch0 = answer.body.epoch as string;
      expect(epoch0).toMatch(/^[0-9a-f-]{36}$/);

      const file = nightBackupFile(server);
      const now = new Date('2026-11-03T02:00:00.000Z');
      await backupDatabase(deps.config, file, now);

      const later = Array.from({ length: 10 }, () => encounter(tablet, world.agentA));
      const sealed = await seal(
        { firstName: 'Fatima', language: 'fr', preferredChannel: 'sms' },
        tablet.centre.publicKey,
      );
      const contact = contactRecord(tablet, world.agentA, sealed);
      expect(
        (
          await push(app, tablet, [...upserts(later, 21), ...upserts([contact], 31, 'contact')], {
            epoch: epoch0,
          })
        ).body.lastSeq,
      ).toBe(31);

      // The server stops, the backup goes back in, the server starts again.
      await deps.database.close();
      const restored = await restoreDatabase(deps.config, file, new Date('2026-11-03T08:00:00.000Z'));
      expect(restored.backupTakenAt).toBe(now.toISOString());
      deps = { ...deps, database: connect(deps.config) };
      app = createApp(deps);
      const epoch1 = await readEpoch(deps.database.db);
      expect(restored.epoch).toBe(epoch1);
      expect(epoch1).not.toBe(epoch0);

      // A push made before the tablet knew: nothing applied, the new epoch said.
      const stale = encounter(tablet, world.agentA);
      const refused = await push(app, tablet, upserts([stale], 32), { epoch: epoch0 });
      expect(refused.status).toBe(200);
      expect(refused.body).toMatchObject({ lastSeq: 20, results: [], epoch: epoch1 });
      const count = async () =>
        Number(
          (
            await deps.database.db
              .selectFrom('records')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      expect(await count()).toBe(20);

      // The re-push: the pending one (32), then all 30 encounters and the contact without its box.
      const { sealed: _gone, ...contactWithoutBox } = contact;
      const again = [
        ...upserts([stale], 32),
        ...upserts([...first, ...later], 33),
        ...upserts([contactWithoutBox], 63, 'contact'),
      ];
      const resync = { epoch: epoch1, ackedSeq: 31, throughSeq: 63 };
      const resent = await push(app, tablet, again, { epoch: epoch1, resync });
      expect(resent.status).toBe(200);
      expect(resent.body.lastSeq).toBe(63);
      const statuses = (resent.body.results as { status: string }[]).map((r) => r.status);
      expect(statuses.filter((s) => s === 'applied')).toHaveLength(31);
      expect(statuses.at(-1)).toBe('rejected');
      // Each record once: 31 encounters, 20 of them untouched by the re-push (same rev).
      const rows = await deps.database.db.selectFrom('records').select(['id', 'entity']).execute();
      expect(rows).toHaveLength(31);
      expect(new Set(rows.map((r) => r.id)).size).toBe(31);
      expect(rows.every((r) => r.entity === 'encounter')).toBe(true);

      // The answer lost, the same request again: all duplicates, nothing moves.
      const retried = await push(app, tablet, again, { epoch: epoch1, resync });
      expect((retried.body.results as { status: string }[]).every((r) => r.status === 'duplicate')).toBe(
        true,
      );
      expect(await count()).toBe(31);
      // The seq jump is allowed once per restore: a later gap is a gap again.
      const gap = await push(app, tablet, upserts([encounter(tablet, world.agentA)], 80), {
        epoch: epoch1,
        resync,
      });
      expect(gap.status).toBe(409);

      const loss = await deps.database.db
        .selectFrom('restore_devices')
        .selectAll()
        .where('epoch', '=', epoch1)
        .execute();
      expect(loss).toEqual([
        expect.objectContaining({
          device_id: tablet.deviceId,
          seq_in_backup: 20,
          seq_before: 31,
          acked_seq: 31,
          returned: 11,
          lost_contacts: 1,
        }),
      ]);
      // The dashboard's « Perdu par la restauration du … » block, per tablet.
      expect(await lastRestoreLoss(deps.database.db, [world.centreA])).toEqual({
        restoredAt: '2026-11-03T08:00:00.000Z',
        backupTakenAt: now.toISOString(),
        tablets: [
          {
            deviceId: tablet.deviceId,
            name: 'Tablette test',
            sentAfterBackup: 11,
            returned: 11,
            lostContacts: 1,
            cameBack: true,
            reEnrolled: false,
          },
        ],
      });
      expect(await lastRestoreLoss(deps.database.db, [world.centreB])).toMatchObject({ tablets: [] });
      const pull = await app.request('/api/v1/sync/pull', {
        headers: { authorization: `Bearer ${tablet.deviceToken}` },
      });
      expect(((await pull.json()) as { epoch: string }).epoch).toBe(epoch1);
    });
  });
}
