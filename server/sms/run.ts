// One pass of the SMS work, for the scheduler (server/jobs/sms-schedule.ts) and `borne sms-run`:
// plan what is due, collect the replies a provider keeps for us (OVHcloud), send, and read the
// delivery state of messages sent in the last two days. Safe to run on several instances at once.
import type { Deps } from '../app-env';
import { handleInboundSms } from './inbound';
import { planSms } from './planner';
import { type BatchResult, type SenderOptions, sendDueSms } from './sender';
import { providerFor } from './settings';

export interface SmsRunResult extends BatchResult {
  reminders: number;
  questions: number;
  announcements: number;
  replies: number;
}

export async function runSms(
  deps: Deps,
  centreIds?: string[],
  opts: SenderOptions = {},
): Promise<SmsRunResult> {
  const ids =
    centreIds ?? (await deps.database.db.selectFrom('centres').select('id').execute()).map((c) => c.id);
  const provider = opts.providerFor ?? ((id: string) => providerFor(deps, id));
  const planned = await planSms(deps, ids);
  let replies = 0;
  for (const centreId of ids) {
    const p = await provider(centreId).catch(() => undefined);
    if (!p) continue;
    for (const reply of await p.fetchInbound().catch(() => [])) {
      await handleInboundSms(deps, centreId, reply.from, reply.text);
      await reply.ack();
      replies++;
    }
  }
  const sent = await sendDueSms(deps, ids, { providerFor: provider });
  await refreshDelivery(deps, ids, provider);
  return { ...planned, ...sent, replies };
}

async function refreshDelivery(
  deps: Deps,
  centreIds: string[],
  provider: NonNullable<SenderOptions['providerFor']>,
): Promise<void> {
  const since = new Date(deps.now().getTime() - 2 * 86_400_000).toISOString();
  const rows = await deps.database.db
    .selectFrom('sms_messages')
    .select(['id', 'centre_id', 'provider_message_id'])
    .where('status', '=', 'envoye')
    .where('centre_id', 'in', centreIds)
    .where('sent_at', '>=', since)
    .where('provider_message_id', 'is not', null)
    .limit(200)
    .execute();
  for (const r of rows) {
    const p = await provider(r.centre_id).catch(() => undefined);
    const state = await p?.status(r.provider_message_id!).catch(() => undefined);
    if (state === 'delivered' || state === 'failed')
      await deps.database.db
        .updateTable('sms_messages')
        .set({ status: state === 'delivered' ? 'distribue' : 'echec', updated_at: deps.now().toISOString() })
        .where('id', '=', r.id)
        .execute();
  }
}
