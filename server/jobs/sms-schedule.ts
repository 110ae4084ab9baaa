// The SMS work runs by itself every minute (server/sms/run.ts). Runs never overlap in one process;
// across instances the queue's claims keep every message single. A failure is logged in words
// (never a number or a text) and retried at the next tick.
import type { Deps } from '../app-env';
import { runSms } from '../sms/run';

export const SMS_EVERY_MS = 60_000;

export function startSmsTimer(deps: Deps, log: (line: string) => void = console.info): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const r = await runSms(deps);
      if (r.sent || r.dryRun || r.failed || r.replies)
        log(
          `[sms] ${r.sent} envoyé(s), ${r.dryRun} simulé(s), ${r.failed} en échec, ${r.replies} réponse(s) lue(s).`,
        );
    } catch (err) {
      log(`[sms] Échec du passage des SMS, nouvel essai dans une minute : ${(err as Error).message}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), SMS_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
