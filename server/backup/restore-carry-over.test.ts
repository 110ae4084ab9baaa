// What happened after the backup and must not be undone by a restore (carry-over.ts, issue 15 §4,
// docs/operations.md « Restauration »): a STOP received after the backup stays on the centre's
// list, a wipe queued after it still reaches the tablet, a password changed or an account disabled
// after it does not come back, an account created after it is kept, and every dashboard session
// ends. On SQLite and PostgreSQL, through the real backup and restore.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PullResponse } from '../../src/shared/protocol';
import { phoneLookupKey } from '../../src/shared/validators';
import { createApp } from '../app';
import type { Deps } from '../app-env';
import { hashPassword } from '../crypto/password';
import { connect } from '../db/connect';
import { queueDeviceCommand } from '../services/devices';
import { createUser } from '../services/users';
import { handleInboundSms } from '../sms/inbound';
import { enqueueSms } from '../sms/queue';
import { type Client, clientFor, PASSWORD, seedCentres, signIn } from '../test-support/dashboard';
import { createTestServer, DB_KINDS, nightBackupFile, type TestServer } from '../test-support/databases';
import { authHeaders, enrolTablet, type Tablet } from '../test-support/sync';
import { backupDatabase, restoreDatabase } from './database';

const BACKUP_AT = new Date('2026-11-03T02:00:00.000Z');
const AFTER = new Date('2026-11-03T05:00:00.000Z');
const RESTORE_AT = new Date('2026-11-03T08:00:00.000Z');
const PHONE = '06 12 34 56 78';
const NEW_PASSWORD = 'un-nouveau-mot-de-passe';

for (const kind of DB_KINDS) {
  describe(`what a restore keeps from the replaced database on ${kind}`, () => {
    let server: TestServer;
    let deps: Deps;
    afterEach(async () => {
      await deps.database.close().catch(() => undefined);
      await server.close().catch(() => undefined);
    });
    const file = () => nightBackupFile(server);

    /** Backs up, lets `after` change the live database, then restores the backup over it. */
    async function world(
      after: (db: Deps['database']['db'], tablet: Tablet) => Promise<void>,
      opts: { unreadable?: boolean; before?: () => Promise<void> } = {},
    ) {
      server = await createTestServer(kind);
      deps = server.deps;
      await seedCentres(server);
      const tablet = await enrolTablet(deps, server.app.request.bind(server.app), 'centre-a');
      const before = await signIn(server, 'coord-a');
      await opts.before?.();
      await backupDatabase(deps.config, file(), BACKUP_AT);
      server.setNow(AFTER);
      await after(deps.database.db, tablet);
      const later = await signIn(server, 'admin');
      if (opts.unreadable && kind === 'postgres')
        await deps.database.db.schema.dropTable('erased_records').cascade().execute();
      await deps.database.close();
      if (opts.unreadable && kind === 'sqlite') rmSync(join(server.dataDir, 'borne.db'), { force: true });
      const restoreOpts = { acceptLostErasures: !!opts.unreadable };
      const done = await restoreDatabase(deps.config, file(), RESTORE_AT, restoreOpts);
      deps = { ...deps, database: connect(deps.config) };
      const app = createApp(deps);
      server = { ...server, deps, app };
      return { tablet, done, sessions: [before, later] as Client[], app };
    }

    it('a STOP received after the backup stays: the number is still on the centre’s list', async () => {
      const { done } = await world(async () => {
        expect(await handleInboundSms(deps, 'centre-a', PHONE, 'STOP')).toBe('stop');
      });
      const hash = deps.secrets.lookupHash(phoneLookupKey(PHONE)!);
      const list = await deps.database.db.selectFrom('sms_optouts').selectAll().execute();
      expect(list).toEqual([{ centre_id: 'centre-a', phone_hash: hash, at: AFTER.toISOString() }]);
      expect(done.carriedOver?.optOuts).toBe(1);
    });

    it('a wipe queued after the backup still reaches the tablet in its pull from zero', async () => {
      let commandId = '';
      const { tablet, done, app } = await world(async (db, t) => {
        commandId = await queueDeviceCommand(db, t.deviceId, 'wipe', AFTER);
      });
      expect(done.carriedOver?.commands).toBe(1);
      const res = await app.request('/api/v1/sync/pull?limit=500', { headers: authHeaders(tablet) });
      expect(res.status).toBe(200);
      const page = (await res.json()) as PullResponse;
      const commands = page.changes.filter((c) => c.entity === 'device_command');
      expect(commands.map((c) => c.id)).toEqual([commandId]);
    });

    it('a password changed, an account disabled or created after the backup stay so; sessions end', async () => {
      const { done, sessions } = await world(async (db) => {
        const hash = await hashPassword(NEW_PASSWORD);
        await db.updateTable('users').set({ password_hash: hash }).where('login', '=', 'coord-a').execute();
        await db.updateTable('users').set({ disabled: 1 }).where('login', '=', 'coord-b').execute();
        await createUser(
          db,
          { login: 'nouvelle', name: 'Nouvelle', password: NEW_PASSWORD, role: 'coordinator' },
          AFTER,
        );
      });
      await expect(signIn(server, 'coord-a')).rejects.toThrow(/401/);
      await expect(signIn(server, 'coord-a', NEW_PASSWORD)).resolves.toBeTruthy();
      await expect(signIn(server, 'coord-b')).rejects.toThrow(/401/);
      await expect(signIn(server, 'nouvelle', NEW_PASSWORD)).resolves.toBeTruthy();
      await expect(signIn(server, 'admin', PASSWORD)).resolves.toBeTruthy();
      for (const s of sessions)
        expect((await clientFor(server, s.cookie, s.csrf).get('/me')).status).toBe(401);
      expect(done.carriedOver?.accounts).toBe(3);
      expect(done.sessionsEnded).toBeGreaterThanOrEqual(1);
    });

    it('an SMS sent after the backup is not sent again, and one queued after it is kept', async () => {
      const sms = (occasion: string) => ({
        ...{ centreId: 'centre-a', contactId: 'contact-1', purpose: 'question_droit' as const },
        ...{ occasion, language: 'fr' as const, params: { centre: 'Centre A' }, sendAfter: BACKUP_AT },
      });
      const { done } = await world(
        async (db) => {
          await enqueueSms(deps, sms('apres')); // queued after the backup, still waiting
          const sent = { status: 'envoye', sent_at: AFTER.toISOString(), updated_at: AFTER.toISOString() };
          await db.updateTable('sms_messages').set(sent).where('occasion', '=', 'avant').execute();
        },
        {
          before: async () => {
            server.setNow(new Date(BACKUP_AT.getTime() - 3_600_000));
            await enqueueSms(deps, sms('avant')); // in the backup, still to send there
          },
        },
      );
      const rows = await deps.database.db
        .selectFrom('sms_messages')
        .select(['occasion', 'status'])
        .orderBy('occasion')
        .execute();
      expect(rows).toEqual([
        { occasion: 'apres', status: 'a_envoyer' },
        { occasion: 'avant', status: 'envoye' },
      ]);
      expect(done.carriedOver?.sms).toBe(2);
    });

    it('when the replaced database cannot be read, nothing is carried over but the sessions still end', async () => {
      const { done, sessions } = await world(async () => {}, { unreadable: true });
      expect(done.carriedOver).toBeNull();
      expect(done.sessionsEnded).toBeGreaterThanOrEqual(1);
      expect((await clientFor(server, sessions[0]!.cookie, sessions[0]!.csrf).get('/me')).status).toBe(401);
    });
  });
}
