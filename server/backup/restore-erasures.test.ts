// Erasures made after the backup must not come back with a restore (issue 15 §4, docs/operations.md
// « Restauration »): the restore carries the replaced database's erased ids into the restored one
// and erases again whatever the backup still held of them; when the replaced database cannot be
// read, the restore refuses in words unless the operator accepts to redo those erasures by hand.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seal } from '../../src/crypto/seal';
import { createApp } from '../app';
import type { Deps } from '../app-env';
import { eraseContacts } from '../dashboard-api/privacy/erase';
import { connect } from '../db/connect';
import { revokeDevice } from '../services/devices';
import { createTestServer, DB_KINDS, nightBackupFile, type TestServer } from '../test-support/databases';
import { contactRecord, enrolTablet, pushRequest, seedWorld, upserts } from '../test-support/sync';
import { backupDatabase, restoreDatabase } from './database';
import { BackupError } from './sqlite';

const BACKUP_AT = new Date('2026-11-03T02:00:00.000Z');
const RESTORE_AT = new Date('2026-11-03T08:00:00.000Z');

for (const kind of DB_KINDS) {
  describe(`erasures and a restore on ${kind}`, () => {
    let server: TestServer;
    let deps: Deps;
    afterEach(async () => {
      await deps.database.close().catch(() => undefined);
      await server.close().catch(() => undefined);
    });

    const backup = (file: string) => backupDatabase(deps.config, file, BACKUP_AT);
    const restore = (file: string, opts?: { acceptLostErasures?: boolean }) =>
      restoreDatabase(deps.config, file, RESTORE_AT, opts);

    async function world() {
      server = await createTestServer(kind);
      deps = server.deps;
      const w = await seedWorld(deps);
      const tablet = await enrolTablet(deps, server.app.request.bind(server.app), w.centreA);
      const contacts = [];
      for (const firstName of ['Fatima', 'Jean']) {
        const sealed = await seal(
          { firstName, language: 'fr', preferredChannel: 'sms' },
          tablet.centre.publicKey,
        );
        contacts.push(contactRecord(tablet, w.agentA, sealed));
      }
      const res = await pushRequest(
        server.app.request.bind(server.app),
        tablet,
        upserts(contacts, 1, 'contact'),
      );
      expect(res.status).toBe(200);
      const file = nightBackupFile(server);
      await backup(file);
      // After the backup, Fatima asks to be erased.
      const fatima = String(contacts[0]!.id);
      await deps.database.db
        .transaction()
        .execute((trx) =>
          eraseContacts(trx, [fatima], { reason: 'gdpr', now: new Date('2026-11-03T05:00:00.000Z') }),
        );
      await deps.database.close();
      return { tablet, contacts, fatima, jean: String(contacts[1]!.id), file };
    }

    it('an erasure made after the backup stays done: the id is remembered and the person is not back', async () => {
      const { tablet, contacts, fatima, jean, file } = await world();
      const done = await restore(file);
      expect(done.erasuresKept).toBe(1);
      deps = { ...deps, database: connect(deps.config) };
      const ids = (await deps.database.db.selectFrom('records').select('id').execute()).map((r) => r.id);
      expect(ids).toEqual([jean]);
      const erased = await deps.database.db.selectFrom('erased_records').selectAll().execute();
      expect(erased).toEqual([
        expect.objectContaining({ id: fatima, reason: 'gdpr', erased_at: '2026-11-03T05:00:00.000Z' }),
      ]);
      expect(
        await deps.database.db.selectFrom('contact_lookup').select('contact_id').execute(),
      ).not.toContainEqual({
        contact_id: fatima,
      });
      // The tablet's re-push of her (it still held her id) is refused in words, nothing of her kept.
      const app = createApp(deps);
      const res = await pushRequest(app.request.bind(app), tablet, upserts([contacts[0]!], 3, 'contact'));
      const body = (await res.json()) as { results: { status: string; error?: string }[] };
      expect(body.results[0]).toMatchObject({ status: 'rejected', error: expect.stringContaining('effacé') });
      expect(
        await deps.database.db.selectFrom('records').select('id').where('id', '=', fatima).execute(),
      ).toEqual([]);
    });

    it('a tablet revoked after the backup stays revoked: its next request answers 403 and it wipes itself', async () => {
      const { tablet, file } = await world();
      const current = connect(deps.config);
      await revokeDevice(current.db, tablet.deviceId, new Date('2026-11-03T06:00:00.000Z'));
      await current.close();
      await restore(file);
      deps = { ...deps, database: connect(deps.config) };
      const app = createApp(deps);
      const res = await pushRequest(app.request.bind(app), tablet, []);
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('device_revoked');
    });

    it('when the replaced database cannot be read, the restore refuses in words; accepted, it says what to redo', async () => {
      const { file } = await world();
      if (kind === 'sqlite') rmSync(join(server.dataDir, 'borne.db'), { force: true });
      else {
        const pg = connect(deps.config);
        await pg.db.schema.dropTable('erased_records').cascade().execute();
        await pg.close();
      }
      const refused = await restore(file).catch((err: unknown) => err);
      expect(refused).toBeInstanceOf(BackupError);
      expect((refused as Error).message).toContain('effacements');
      expect((refused as Error).message).toContain('--accept-lost-erasures');
      const done = await restore(file, { acceptLostErasures: true });
      expect(done.erasuresKept).toBeNull();
      deps = { ...deps, database: connect(deps.config) };
      expect(await deps.database.db.selectFrom('records').select('id').execute()).toHaveLength(2);
    });
  });
}
