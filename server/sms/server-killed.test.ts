import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import {
  type AndroidGatewaySimulator,
  startAndroidGatewaySimulator,
} from '../test-support/sms-simulators/android-gateway';
import { addActivity, addContact, addSignup, CENTRE, seedSmsCentre } from '../test-support/sms-world';
import { databaseInstant } from './lease';
import { saveSmsSettings } from './settings';

// A real `borne sms-run` process, killed with SIGKILL while the provider holds its answer to the
// third message (the message has reached the provider, our record of it has not been written).
const NOW = '2026-12-01T09:00:00.000Z';
const AFTER_LEASE = '2026-12-01T09:06:00.000Z';

function smsRun(server: TestServer, now: string): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', 'server/cli/main.ts', 'sms-run', '--now', now, '--json'],
    {
      env: {
        ...process.env,
        BORNE_DATA_DIR: server.dataDir,
        DATABASE_URL: server.databaseUrl ?? '',
        BORNE_SECRET: 'test-secret',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe.each(DB_KINDS)('SMS sender killed mid-batch on %s', (kind) => {
  let server: TestServer;
  let sim: AndroidGatewaySimulator;
  afterEach(async () => {
    await sim.close();
    await server.close();
  });

  it('a SIGKILL in the middle of a batch sends no message twice, and the next run finishes the batch', async () => {
    server = await createTestServer(kind);
    server.setNow(new Date(NOW));
    await seedSmsCentre(server);
    sim = await startAndroidGatewaySimulator({ slowFrom: 3, slowMs: 60_000 });
    await saveSmsSettings(
      server.deps,
      CENTRE,
      {
        provider: 'android_gateway',
        dailyCap: 100,
        outcomeDelayDays: 30,
        config: { baseUrl: sim.url, login: sim.login, password: sim.password },
      },
      null,
    );
    const activity = await addActivity(server, '2026-12-02T13:30:00.000Z');
    for (let i = 0; i < 6; i++)
      await addSignup(
        server,
        activity,
        await addContact(
          server,
          { firstName: `P${i}`, phone: `06000000${10 + i}`, language: 'fr', preferredChannel: 'sms' },
          ['info_activites', 'sms'],
        ),
      );

    const first = smsRun(server, NOW);
    const firstExit = exited(first);
    // Bounded: a loaded machine starts a process slowly; the test's own timeout is the real bound.
    for (let i = 0; i < 2400 && sim.received.length < 3; i++) await new Promise((r) => setTimeout(r, 50));
    expect(sim.received).toHaveLength(3);
    first.kill('SIGKILL');
    expect(await firstExit).toBeNull();
    const mid = await server.deps.database.db.selectFrom('sms_messages').select('status').execute();
    expect(mid.filter((m) => m.status === 'envoi_en_cours')).toHaveLength(1);

    sim.answerAtOnce();
    // Before the claim's lease ends, the interrupted message is left alone (it may still be in flight).
    const early = smsRun(server, '2026-12-01T09:01:00.000Z');
    expect(await exited(early)).toBe(0);
    // The lease is read on the database's clock (lease.ts), not on a run's --now: end it there.
    await server.deps.database.db
      .updateTable('sms_messages')
      .set({ claimed_until: databaseInstant(server.deps.database.kind, -1000) })
      .where('status', '=', 'envoi_en_cours')
      .execute();
    const late = smsRun(server, AFTER_LEASE);
    expect(await exited(late)).toBe(0);

    const counts = [...sim.countById().values()];
    expect(counts).toHaveLength(6);
    expect(counts.every((n) => n === 1)).toBe(true);
    const rows = await server.deps.database.db.selectFrom('sms_messages').select(['id', 'status']).execute();
    expect(rows.map((r) => r.status).sort()).toEqual(Array(6).fill('envoye'));
    expect(new Set(sim.received.map((m) => m.id))).toEqual(new Set(rows.map((r) => r.id)));
  }, 180_000);
});
