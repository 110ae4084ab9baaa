// Scheduled work runs once per period across every instance serving the database. Each instance
// keeps its own timer; at each tick it tries to claim the period (a day for the purge, a minute
// for SMS) in `job_runs` with ONE conditional UPDATE — atomic on SQLite and on PostgreSQL (a
// concurrent update waits for the other's commit, then finds the period already taken). The one
// whose update changed the row does the work; the others skip it. A run still going elsewhere
// blocks the next period until it finishes or its lease ends (its instance died).
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** Which process holds a run, for an operator reading `job_runs` (host name and process id). */
export const INSTANCE_ID = `${hostname()}:${process.pid}`;

export interface JobPeriod {
  job: string;
  /** The period this tick belongs to; compared as text, so one fixed format per job. */
  slot: string;
  /** How long a run may last before another instance may take the next period. */
  leaseMs: number;
}

/** True when this instance won the period: it must run the job, then call finishJobRun. */
export async function claimJobRun(
  db: Kysely<DB>,
  period: JobPeriod,
  now: Date,
  instance: string = INSTANCE_ID,
): Promise<boolean> {
  const at = now.toISOString();
  await db
    .insertInto('job_runs')
    .values({ job: period.job, slot: '', instance, started_at: at, lease_until: '', finished_at: at })
    .onConflict((oc) => oc.column('job').doNothing())
    .execute();
  const result = await db
    .updateTable('job_runs')
    .set({
      slot: period.slot,
      instance,
      started_at: at,
      lease_until: new Date(now.getTime() + period.leaseMs).toISOString(),
      finished_at: null,
      outcome: null,
    })
    .where('job', '=', period.job)
    .where('slot', '<', period.slot)
    .where((eb) => eb.or([eb('finished_at', 'is not', null), eb('lease_until', '<', at)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function finishJobRun(
  db: Kysely<DB>,
  period: JobPeriod,
  outcome: 'ok' | 'failed',
  now: Date,
  instance: string = INSTANCE_ID,
): Promise<void> {
  await db
    .updateTable('job_runs')
    .set({ finished_at: now.toISOString(), outcome })
    .where('job', '=', period.job)
    .where('slot', '=', period.slot)
    .where('instance', '=', instance)
    .execute();
}

/** Claims the period, runs `work` if won, records how it ended; 'skipped' when another had it. */
export async function runOncePerPeriod<T>(
  db: Kysely<DB>,
  period: JobPeriod,
  now: () => Date,
  work: () => Promise<T>,
  instance: string = INSTANCE_ID,
): Promise<{ ran: true; result: T } | { ran: false }> {
  if (!(await claimJobRun(db, period, now(), instance))) return { ran: false };
  try {
    const result = await work();
    await finishJobRun(db, period, 'ok', now(), instance);
    return { ran: true, result };
  } catch (err) {
    await finishJobRun(db, period, 'failed', now(), instance).catch(() => {});
    throw err;
  }
}
