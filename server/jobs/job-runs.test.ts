// Several instances on one database each keep their own timers; each period's run of a scheduled
// job is claimed once in `job_runs`. Two instances here are two apps on two connections to one
// database (two pools on PostgreSQL, two SQLite connections on one file), ticking at the same time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deps } from '../app-env';
import { connect, type Database_ } from '../db/connect';
import { seedCentres } from '../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import { contact, insertRecord } from '../test-support/records';
import { claimJobRun, finishJobRun } from './job-runs';
import { PURGE_EVERY_MS, purgeTick } from './purge-schedule';
import { smsTick } from './sms-schedule';

describe.each(DB_KINDS)('scheduled jobs run once per period across instances on %s', (kind) => {
  let server: TestServer;
  let second: Database_;
  let a: Deps;
  let b: Deps;
  let now = new Date('2026-11-02T10:00:00.000Z');

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    second = connect(server.deps.config);
    a = { ...server.deps, now: () => now };
    b = { ...server.deps, database: second, now: () => now };
  });
  afterAll(async () => {
    await second.close();
    await server.close();
  });

  const purgeAudits = async () =>
    (
      await server.deps.database.db
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'purge')
        .execute()
    ).length;
  const contacts = async () =>
    (
      await server.deps.database.db
        .selectFrom('records')
        .select('id')
        .where('entity', '=', 'contact')
        .execute()
    ).length;

  it('two instances ticking together: the day’s purge runs once, on one of them', async () => {
    await insertRecord(
      server,
      'contact',
      contact({
        centreId: 'centre-a',
        createdAt: '2026-07-01T09:00:00.000Z',
        retentionUntil: '2026-10-01T00:00:00.000Z',
      }),
    );
    const lines: string[] = [];
    for (let day = 0; day < 8; day++) {
      const before = await purgeAudits();
      const ticks = await Promise.all([
        purgeTick(a, (l) => lines.push(`A ${l}`), 'instance-a'),
        purgeTick(b, (l) => lines.push(`B ${l}`), 'instance-b'),
      ]);
      expect(ticks.sort()).toEqual(['ran', 'skipped']);
      // Every purge run writes its audit entry: one a day, whoever ran it.
      expect(await purgeAudits()).toBe(before + 1);
      // Later the same day (a restart, the other instance's timer): nobody purges again.
      now = new Date(now.getTime() + 5 * 3600_000);
      expect(await purgeTick(b, (l) => lines.push(`B ${l}`), 'instance-b')).toBe('skipped');
      expect(await purgeAudits()).toBe(before + 1);
      now = new Date(now.getTime() + PURGE_EVERY_MS - 5 * 3600_000);
    }
    expect(await contacts()).toBe(0);
    // The expired contact was erased by exactly one instance, which said so once.
    expect(lines.filter((l) => l.includes('1 contact(s)'))).toHaveLength(1);
    const row = await server.deps.database.db
      .selectFrom('job_runs')
      .selectAll()
      .where('job', '=', 'purge')
      .executeTakeFirstOrThrow();
    expect(row.outcome).toBe('ok');
    expect(['instance-a', 'instance-b']).toContain(row.instance);
  });

  it('two instances ticking in the same minute: one SMS pass, the other skips it', async () => {
    for (let minute = 0; minute < 5; minute++) {
      const ticks = await Promise.all([
        smsTick(a, () => {}, 'instance-a'),
        smsTick(b, () => {}, 'instance-b'),
      ]);
      expect(ticks.sort()).toEqual(['ran', 'skipped']);
      now = new Date(now.getTime() + 60_000);
    }
  });

  it('a run still going on one instance blocks the next period until its lease ends', async () => {
    const db = server.deps.database.db;
    const t0 = new Date('2027-01-10T08:00:00.000Z');
    const period = (slot: string) => ({ job: 'lease-test', slot, leaseMs: 600_000 });
    expect(await claimJobRun(db, period('2027-01-10T08:00'), t0, 'instance-a')).toBe(true);
    // instance-a dies mid-run: the next minute, instance-b may not start while the lease holds…
    expect(
      await claimJobRun(second.db, period('2027-01-10T08:01'), new Date(t0.getTime() + 60_000), 'instance-b'),
    ).toBe(false);
    // …and takes the next period once it has passed.
    expect(
      await claimJobRun(
        second.db,
        period('2027-01-10T08:11'),
        new Date(t0.getTime() + 660_000),
        'instance-b',
      ),
    ).toBe(true);
    await finishJobRun(
      second.db,
      period('2027-01-10T08:11'),
      'ok',
      new Date(t0.getTime() + 670_000),
      'instance-b',
    );
    // A finished run frees the next period at once; a period already taken is never taken again.
    expect(
      await claimJobRun(db, period('2027-01-10T08:11'), new Date(t0.getTime() + 680_000), 'instance-a'),
    ).toBe(false);
    expect(
      await claimJobRun(db, period('2027-01-10T08:12'), new Date(t0.getTime() + 720_000), 'instance-a'),
    ).toBe(true);
  });
});
