// The SQLite backup while the server serves, and the restore's refusals (issue 15): the copy is one
// consistent state (every tablet's lastSeq matches the records it holds), and a restore refuses,
// in words and without touching anything, while the server runs or when the file is no backup.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestServer, type TestServer } from '../test-support/databases';
import { encounter, enrolTablet, pushRequest, seedWorld, upserts } from '../test-support/sync';
import { pidFile } from './running';
import { backupSqlite, restoreSqlite } from './sqlite';

describe('SQLite backup and restore', () => {
  let server: TestServer;
  afterEach(() => server.close());

  it('backs up a consistent copy while pushes are being written', async () => {
    server = await createTestServer('sqlite');
    const { deps, app } = server;
    const world = await seedWorld(deps);
    const tablet = await enrolTablet(deps, app.request.bind(app), world.centreA);
    let seq = 1;
    const pushSome = async (n: number) => {
      const batch = Array.from({ length: n }, () =>
        encounter(tablet, world.agentA, { note: 'x'.repeat(200) }),
      );
      const res = await pushRequest(app.request.bind(app), tablet, upserts(batch, seq));
      expect(res.status).toBe(200);
      seq += n;
    };
    for (let i = 0; i < 6; i++) await pushSome(500); // a file of many pages: the copy takes steps
    let stop = false;
    let during = 0;
    const writer = (async () => {
      // The tablet's rate limit is 120 requests a minute: 100 pushes at most.
      for (let i = 0; i < 100 && !stop; i++) {
        await pushSome(10);
        during++;
      }
    })();
    await new Promise((r) => setTimeout(r, 50));
    const file = join(server.dataDir, 'copie.db');
    const done = await backupSqlite(server.dataDir, file, new Date('2026-11-03T02:00:00.000Z'));
    stop = true;
    await writer;
    const copy = new Database(file, { readonly: true });
    const lastSeq = (copy.prepare('SELECT last_seq FROM devices').get() as { last_seq: number }).last_seq;
    const records = (copy.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;
    copy.close();
    expect(during).toBeGreaterThan(0);
    expect(lastSeq).toBeGreaterThanOrEqual(3000);
    expect(records).toBe(lastSeq);
    expect(done.records).toBe(records);
    await expect(backupSqlite(server.dataDir, file, new Date())).rejects.toThrow(/existe déjà/);
  });

  it('refuses to restore while the server runs, or a file that is not a backup', async () => {
    server = await createTestServer('sqlite');
    const file = join(server.dataDir, 'copie.db');
    await backupSqlite(server.dataDir, file, new Date());
    const notABackup = join(server.dataDir, 'notes.txt');
    writeFileSync(notABackup, 'pas une base');
    const config = server.deps.config;
    await expect(restoreSqlite(config, notABackup, new Date())).rejects.toThrow(
      /n’est pas une sauvegarde SQLite/,
    );
    await expect(restoreSqlite(config, join(server.dataDir, 'absent.db'), new Date())).rejects.toThrow(
      /n’existe pas/,
    );
    const newer = new Database(file);
    newer.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('999_futur', '2030-01-01')").run();
    newer.close();
    await expect(restoreSqlite(config, file, new Date())).rejects.toThrow(/version plus récente.*999_futur/);
    const again = join(server.dataDir, 'copie2.db');
    await backupSqlite(server.dataDir, again, new Date());
    writeFileSync(pidFile(server.dataDir), `${process.ppid}\n`); // a live process that is not us
    await expect(restoreSqlite(config, again, new Date())).rejects.toThrow(
      /tourne encore.*Rien n’a été changé/,
    );
  });
});
