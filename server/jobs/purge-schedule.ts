// The retention purge runs by itself: a first time a minute after start, then every 24 hours.
// The same tick purges sync tombstones older than 180 days (tablets with an older cursor then get
// `reset`). Several instances on one database each keep this timer, but each day's purge is
// claimed in `job_runs` (server/jobs/job-runs.ts): one instance does it, the others skip that day.
// A failure is logged in words and retried at the next tick; it never stops the server.
import type { Deps } from '../app-env';
import { purgeExpiredContacts } from '../dashboard-api/privacy/purge';
import { type LogLevel, log } from '../log';
import { purgeTombstones } from '../sync/tombstones';
import { INSTANCE_ID, runOncePerPeriod } from './job-runs';

export const PURGE_FIRST_DELAY_MS = 60_000;
export const PURGE_EVERY_MS = 24 * 3600_000;

type Line = (line: string, level?: LogLevel) => void;
const defaultLog: Line = (line, level = 'info') => log(level, 'purge', line.replace(/^\[purge\] /, ''));

/** One tick: the day's purge if no instance did it yet. 'skipped' when another instance had it. */
export async function purgeTick(
  deps: Pick<Deps, 'database' | 'now'>,
  line: Line = defaultLog,
  instance: string = INSTANCE_ID,
): Promise<'ran' | 'skipped' | 'failed'> {
  try {
    const period = { job: 'purge', slot: deps.now().toISOString().slice(0, 10), leaseMs: 3600_000 };
    const run = await runOncePerPeriod(
      deps.database.db,
      period,
      deps.now,
      async () => {
        const r = await purgeExpiredContacts(deps.database.db, deps.now());
        if (r.contacts || r.quarantined)
          line(`[purge] ${r.contacts} contact(s) arrivé(s) en fin de conservation effacé(s).`);
        const t = await purgeTombstones(deps.database.db, deps.now());
        if (t.purged) line(`[purge] ${t.purged} trace(s) de suppression de plus de 180 jours effacée(s).`);
      },
      instance,
    );
    return run.ran ? 'ran' : 'skipped';
  } catch (err) {
    line(
      `[purge] Échec de la purge automatique, nouvel essai dans 24 heures : ${(err as Error).message}`,
      'error',
    );
    return 'failed';
  }
}

export function startPurgeTimer(deps: Pick<Deps, 'database' | 'now'>, line: Line = defaultLog): () => void {
  const run = () => void purgeTick(deps, line);
  let every: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    run();
    every = setInterval(run, PURGE_EVERY_MS);
    every.unref();
  }, PURGE_FIRST_DELAY_MS);
  first.unref();
  return () => {
    clearTimeout(first);
    if (every) clearInterval(every);
  };
}
