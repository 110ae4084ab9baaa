// `sms-run`: one pass of the SMS work now (plan, read replies, send, delivery states), as the
// scheduler does every minute. `--now` runs it as if at another instant (tests, a catch-up).

import { openRuntime } from '../../runtime';
import { runSms } from '../../sms/run';
import { parse, UsageError } from '../args';
import type { Command } from '../command';

export const smsRunCommand: Command = {
  name: 'sms-run',
  summary: 'envoie maintenant les SMS prévus (rappels, questions « démarche faite ? »), lit les réponses',
  usage: 'sms-run [--centre ID] [--now AAAA-MM-JJTHH:MM:SSZ] [--json]',
  async run(argv) {
    const { values } = parse(argv, { centre: { type: 'string' }, now: { type: 'string' } });
    const nowArg = values.now as string | undefined;
    const at = nowArg ? new Date(nowArg) : undefined;
    if (at && Number.isNaN(at.getTime()))
      throw new UsageError(`--now : « ${nowArg} » n’est pas une date et une heure.`);
    const deps = await openRuntime();
    if (at) deps.now = () => at;
    try {
      const centre = values.centre as string | undefined;
      const r = await runSms(deps, centre ? [centre] : undefined);
      return {
        json: { ...r },
        text: `${r.sent} SMS envoyé(s), ${r.dryRun} simulé(s) (pas de fournisseur), ${r.failed} en échec, ${r.stopped} arrêté(s), ${r.deferred} reporté(s) ; ${r.replies} réponse(s) lue(s).`,
      };
    } finally {
      await deps.database.close();
    }
  },
};
