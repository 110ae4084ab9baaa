// The claim of a scheduled job's period (job-runs.ts) at its edges: a lease ends at its instant, not
// before; only the instance that holds a run can finish it; a run that fails is recorded as failed
// and frees the next period; a skipped period never runs the work. On SQLite and PostgreSQL.
import { hostname } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import { claimJobRun, finishJobRun, runOncePerPeriod } from './job-runs';

describe.each(DB_KINDS)('a job period’s claim at its edges on %s', (kind) => {
  let server: TestServer;
  const db = () => server.deps.database.db;
  const t0 = new Date('2027-03-01T08:00:00.000Z');
  const at = (ms: number) => new Date(t0.getTime() + ms);
  const row = (job: string) =>
    db().selectFrom('job_runs').selectAll().where('job', '=', job).executeTakeFirstOrThrow();

  beforeAll(async () => {
    server = await createTestServer(kind);
  });
  afterAll(() => server.close());

  it('a lease still holds at the instant it ends and frees the next period just after', async () => {
    const period = (slot: string) => ({ job: 'lease-edge', slot, leaseMs: 60_000 });
    expect(await claimJobRun(db(), period('08:00'), t0, 'instance-a')).toBe(true);
    expect(await row('lease-edge')).toMatchObject({
      slot: '08:00',
      instance: 'instance-a',
      started_at: t0.toISOString(),
      lease_until: at(60_000).toISOString(),
      finished_at: null,
      outcome: null,
    });
    expect(await claimJobRun(db(), period('08:01'), at(60_000), 'instance-b')).toBe(false);
    expect(await claimJobRun(db(), period('08:01'), at(60_001), 'instance-b')).toBe(true);
    expect((await row('lease-edge')).instance).toBe('instance-b');
  });

  it('only the instance that holds a run finishes it; another’s finish changes nothing', async () => {
    const period = (slot: string) => ({ job: 'finish-edge', slot, leaseMs: 600_000 });
    expect(await claimJobRun(db(), period('08:00'), t0, 'instance-a')).toBe(true);
    await finishJobRun(db(), period('08:00'), 'ok', at(1000), 'instance-b');
    expect(await row('finish-edge')).toMatchObject({ finished_at: null, outcome: null });
    expect(await claimJobRun(db(), period('08:01'), at(60_000), 'instance-b')).toBe(false);
    await finishJobRun(db(), period('08:00'), 'ok', at(2000), 'instance-a');
    expect(await row('finish-edge')).toMatchObject({ finished_at: at(2000).toISOString(), outcome: 'ok' });
    expect(await claimJobRun(db(), period('08:01'), at(60_000), 'instance-b')).toBe(true);
  });

  it('runs the work once per period, says when it skipped, and records a failure before passing it on', async () => {
    const period = (slot: string) => ({ job: 'work-edge', slot, leaseMs: 600_000 });
    let calls = 0;
    const work = async () => ++calls;
    expect(await runOncePerPeriod(db(), period('08:00'), () => t0, work, 'instance-a')).toEqual({
      ran: true,
      result: 1,
    });
    expect(await runOncePerPeriod(db(), period('08:00'), () => at(1000), work, 'instance-b')).toEqual({
      ran: false,
    });
    expect(calls).toBe(1);
    expect(await row('work-edge')).toMatchObject({ outcome: 'ok', finished_at: t0.toISOString() });
    const broken = async () => {
      throw new Error('disque plein');
    };
    await expect(
      runOncePerPeriod(db(), period('08:01'), () => at(60_000), broken, 'instance-b'),
    ).rejects.toThrow('disque plein');
    expect(await row('work-edge')).toMatchObject({
      slot: '08:01',
      instance: 'instance-b',
      outcome: 'failed',
      finished_at: at(60_000).toISOString(),
    });
    // A failed run is over: the next period may start at once.
    expect(await claimJobRun(db(), period('08:02'), at(61_000), 'instance-a')).toBe(true);
  });

  it('without a name, a run is held by this process (host name and process id)', async () => {
    expect(await claimJobRun(db(), { job: 'named-edge', slot: '1', leaseMs: 1000 }, t0)).toBe(true);
    expect((await row('named-edge')).instance).toBe(`${hostname()}:${process.pid}`);
  });
});
