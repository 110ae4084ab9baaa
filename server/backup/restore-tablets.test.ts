// A restore seen by the tablet's own sync code (src/sync, fake-indexeddb) against the real server,
// on SQLite and PostgreSQL (issue 15 §4): a deletion made after the backup stays deleted (the tablet
// keeps its tombstones and sends them again); a tablet that never learnt an epoch (an older app,
// updated since) is told by the 409 to send everything again; a tablet enrolled after the backup
// keeps all it holds, is enrolled again with a new code under the same id, and sends it all again,
// each record once; the contact it can no longer send is quarantined in words about the restore.
import { afterEach, describe, expect, it } from 'vitest';
import { seal } from '../../src/crypto/seal';
import { writeWithOutbox } from '../../src/db/outbox';
import { enrolWithCode } from '../../src/device/enrol-request';
import type { FetchLike } from '../../src/sync/http';
import { pushAll } from '../../src/sync/push';
import { noteReEnrolment } from '../../src/sync/restore';
import { deleteTestDbs, freshDb } from '../../src/sync/test-support/local';
import { createApp } from '../app';
import type { Deps } from '../app-env';
import { listQuarantine } from '../dashboard-api/records/quarantine';
import { connect } from '../db/connect';
import { createEnrolCode } from '../services/enrol-codes';
import { createTestServer, DB_KINDS, nightBackupFile, type TestServer } from '../test-support/databases';
import { contactRecord, encounter, enrolTablet, seedWorld, type Tablet } from '../test-support/sync';
import { backupDatabase, restoreDatabase } from './database';
import { lastRestoreLoss } from './losses';

const BACKUP_AT = new Date('2026-11-03T02:00:00.000Z');
const RESTORE_AT = new Date('2026-11-03T08:00:00.000Z');

for (const kind of DB_KINDS) {
  describe(`a restore seen by the tablet's sync code on ${kind}`, () => {
    let server: TestServer;
    let deps: Deps;
    let app: ReturnType<typeof createApp>;
    afterEach(async () => {
      await deleteTestDbs();
      await deps.database.close().catch(() => undefined);
      await server.close().catch(() => undefined);
    });
    const fetcher: FetchLike = (path, init) => Promise.resolve(app.request(path, init));
    const push = (db: ReturnType<typeof freshDb>, t: Tablet) =>
      pushAll({ db, fetch: fetcher, token: t.deviceToken, deviceId: t.deviceId, now: () => RESTORE_AT });
    const file = () => nightBackupFile(server);

    async function start() {
      server = await createTestServer(kind);
      deps = server.deps;
      app = server.app;
      return seedWorld(deps);
    }
    async function backupThenRestore(between: () => Promise<void>) {
      await backupDatabase(deps.config, file(), BACKUP_AT);
      await between();
      await deps.database.close();
      await restoreDatabase(deps.config, file(), RESTORE_AT);
      deps = { ...deps, database: connect(deps.config) };
      app = createApp(deps);
      server.setNow(new Date(RESTORE_AT.getTime() + 60_000)); // the server runs again, after the restore
    }
    const stored = async () =>
      (await deps.database.db.selectFrom('records').select(['id', 'deleted']).orderBy('id').execute()).map(
        (r) => ({ id: r.id, deleted: Number(r.deleted) }),
      );

    it('a deletion made after the backup stays deleted, and a tablet without an epoch sends all again', async () => {
      const world = await start();
      const t = await enrolTablet(deps, app.request.bind(app), world.centreA);
      const db = freshDb();
      const kept = encounter(t, world.agentA);
      const gone = encounter(t, world.agentA);
      for (const e of [kept, gone]) await writeWithOutbox(db, 'encounter', 'upsert', e);
      await push(db, t);
      await backupThenRestore(async () => {
        await writeWithOutbox(db, 'encounter', 'delete', { ...gone, rev: 2 });
        await push(db, t);
        expect(await db.outbox.count()).toBe(0);
        // An older app never kept the epoch: the updated one starts without it.
        await db.syncState.delete('server:epoch');
      });
      expect(await stored()).toContainEqual({ id: gone.id, deleted: 0 }); // back with the backup
      const later = encounter(t, world.agentA);
      await writeWithOutbox(db, 'encounter', 'upsert', later);
      await push(db, t);
      expect(await db.outbox.count()).toBe(0);
      expect(await stored()).toEqual(
        [
          { id: kept.id, deleted: 0 },
          { id: gone.id, deleted: 1 },
          { id: later.id, deleted: 0 },
        ].sort((a, b) => a.id.localeCompare(b.id)),
      );
    });

    it('the 409 after a restore says so in words to a tablet that sends no epoch', async () => {
      const world = await start();
      const t = await enrolTablet(deps, app.request.bind(app), world.centreA);
      const db = freshDb();
      await writeWithOutbox(db, 'encounter', 'upsert', encounter(t, world.agentA));
      await push(db, t);
      await backupThenRestore(async () => {
        await writeWithOutbox(db, 'encounter', 'upsert', encounter(t, world.agentA));
        await push(db, t);
      });
      const res = await app.request('/api/v1/sync/push', {
        method: 'POST',
        headers: { authorization: `Bearer ${t.deviceToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          protocol: 1,
          deviceId: t.deviceId,
          mutations: [{ seq: 3, entity: 'encounter', op: 'upsert', record: encounter(t, world.agentA) }],
        }),
      });
      expect(res.status).toBe(409);
      const body = (await res.json()) as { error: { code: string; message: string; epoch?: string } };
      expect(body.error.code).toBe('sequence_gap');
      expect(body.error.message).toContain('restauré');
      expect(body.error.message).toContain('Rien n’est perdu');
      expect(body.error.epoch).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('a tablet enrolled after the backup keeps everything, is enrolled again, and sends it all once', async () => {
      const world = await start();
      let t!: Tablet;
      const db = freshDb();
      const records = [] as ReturnType<typeof encounter>[];
      let contactId = '';
      await backupThenRestore(async () => {
        t = await enrolTablet(deps, app.request.bind(app), world.centreA, 'Tablette neuve');
        for (let i = 0; i < 5; i++) records.push(encounter(t, world.agentA));
        for (const e of records) await writeWithOutbox(db, 'encounter', 'upsert', e);
        const sealed = await seal(
          { firstName: 'Fatima', language: 'fr', preferredChannel: 'sms' },
          t.centre.publicKey,
        );
        const contact = contactRecord(t, world.agentA, sealed);
        contactId = String(contact.id);
        await writeWithOutbox(db, 'contact', 'upsert', contact as never);
        await push(db, t);
        expect(await db.outbox.count()).toBe(0);
      });
      // Unknown to the restored server: refused in words, and the tablet keeps every record.
      records.push(encounter(t, world.agentA));
      await writeWithOutbox(db, 'encounter', 'upsert', records[5]!);
      const refused = await push(db, t).catch((err: unknown) => err);
      expect(refused).toMatchObject({ kind: 'unauthorized', code: 'unauthorized' });
      expect((refused as { serverMessage: string }).serverMessage).toContain('inscrite de nouveau');
      expect(await db.encounters.count()).toBe(6);
      expect(await db.outbox.count()).toBe(1);

      const { code } = await createEnrolCode(
        deps.database.db,
        deps.secrets,
        { centreId: world.centreA },
        RESTORE_AT,
      );
      const again = await enrolWithCode(
        fetcher,
        { code, deviceName: 'Tablette neuve', previous: { deviceId: t.deviceId, centreId: t.centre.id } },
        RESTORE_AT,
      );
      expect(again.deviceId).toBe(t.deviceId);
      expect(again.epoch).toBeDefined();
      await noteReEnrolment(db, again.epoch!, RESTORE_AT);
      const back = { ...t, deviceToken: again.deviceToken };
      await push(db, back);
      expect(await db.outbox.count()).toBe(0);
      const ids = (await stored()).map((r) => r.id);
      expect(ids.sort()).toEqual(records.map((r) => r.id).sort());
      const quarantined = await deps.database.db
        .selectFrom('quarantine')
        .select(['reason', 'reason_code', 'payload'])
        .execute();
      expect(quarantined).toHaveLength(1);
      expect(quarantined[0]).toMatchObject({
        reason_code: 'restore_lost',
        reason: expect.stringContaining('perdu par la restauration du 3 novembre 2026'),
      });
      expect(quarantined[0]!.payload).toContain(contactId);
      // The quarantine page words it in each language from the code and the restore's date.
      expect(await listQuarantine(deps.database.db, [world.centreA], 'open')).toEqual([
        expect.objectContaining({ reasonCode: 'restore_lost', restoredAt: RESTORE_AT.toISOString() }),
      ]);
      const loss = await lastRestoreLoss(deps.database.db, [world.centreA]);
      expect(loss?.tablets).toEqual([
        expect.objectContaining({ name: 'Tablette neuve', returned: 6, lostContacts: 1, reEnrolled: true }),
      ]);
    });
  });
}
