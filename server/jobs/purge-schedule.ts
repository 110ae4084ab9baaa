// The retention purge runs by itself: a first time a minute after start, then every 24 hours.
// The same tick purges sync tombstones older than 180 days (tablets with an older cursor then get
// `reset`). Both are idempotent, so several server instances on one database may each run it. A failure is
// logged in words and retried at the next tick; it never stops the server.
import type { Deps } from '../app-env';
import { purgeExpiredContacts } from '../dashboard-api/privacy/purge';
import { purgeTombstones } from '../sync/tombstones';

export const PURGE_FIRST_DELAY_MS = 60_000;
export const PURGE_EVERY_MS = 24 * 3600_000;

export function startPurgeTimer(
  deps: Pick<Deps, 'database' | 'now'>,
  log: (line: string) => void = console.info,
): () => void {
  const run = async () => {
    try {
      const r = await purgeExpiredContacts(deps.database.db, deps.now());
      if (r.contacts || r.quarantined)
        log(`[purge] ${r.contacts} contact(s) arrivé(s) en fin de conservation effacé(s).`);
      const t = await purgeTombstones(deps.database.db, deps.now());
      if (t.purged) log(`[purge] ${t.purged} trace(s) de suppression de plus de 180 jours effacée(s).`);
    } catch (err) {
      log(`[purge] Échec de la purge automatique, nouvel essai dans 24 heures : ${(err as Error).message}`);
    }
  };
  let every: NodeJS.Timeout | undefined;
  const first = setTimeout(() => {
    void run();
    every = setInterval(() => void run(), PURGE_EVERY_MS);
    every.unref();
  }, PURGE_FIRST_DELAY_MS);
  first.unref();
  return () => {
    clearTimeout(first);
    if (every) clearInterval(every);
  };
}
