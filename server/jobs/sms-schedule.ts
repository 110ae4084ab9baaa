// The SMS work runs by itself every minute (server/sms/run.ts). Runs never overlap in one process;
// across instances each minute is claimed in `job_runs` (server/jobs/job-runs.ts), so one instance
// plans and sends for that minute, and the queue's claims keep every message single even then.
// A failure is logged in words (never a number or a text) and retried at the next tick.
import type { Deps } from '../app-env';
import { type LogLevel, log } from '../log';
import { runSms } from '../sms/run';
import { INSTANCE_ID, runOncePerPeriod } from './job-runs';

export const SMS_EVERY_MS = 60_000;

type Line = (line: string, level?: LogLevel) => void;
const defaultLog: Line = (line, level = 'info') => log(level, 'sms', line.replace(/^\[sms\] /, ''));

/** One tick: this minute's SMS pass if no instance did it yet. */
export async function smsTick(
  deps: Deps,
  line: Line = defaultLog,
  instance: string = INSTANCE_ID,
): Promise<'ran' | 'skipped' | 'failed'> {
  try {
    // A pass may wait on a slow provider: 5 minutes before another instance may start the next one.
    const period = { job: 'sms', slot: deps.now().toISOString().slice(0, 16), leaseMs: 5 * 60_000 };
    const run = await runOncePerPeriod(deps.database.db, period, deps.now, () => runSms(deps), instance);
    if (!run.ran) return 'skipped';
    const r = run.result;
    if (r.sent || r.dryRun || r.failed || r.replies)
      line(
        `[sms] ${r.sent} envoyé(s), ${r.dryRun} simulé(s), ${r.failed} en échec, ${r.replies} réponse(s) lue(s).`,
      );
    return 'ran';
  } catch (err) {
    line(`[sms] Échec du passage des SMS, nouvel essai dans une minute : ${(err as Error).message}`, 'error');
    return 'failed';
  }
}

export function startSmsTimer(deps: Deps, line: Line = defaultLog): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await smsTick(deps, line);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), SMS_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
