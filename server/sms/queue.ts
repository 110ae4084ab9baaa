// The SMS queue's rows (issue 12). A message is one row per contact × purpose × occasion (unique),
// so planning twice enqueues once. Status words are what the dashboard shows:
//   a_envoyer → envoi_en_cours (claimed, committed before the provider is called) → envoye → distribue
//   echec (refused, or too many tries), arrete (the number answered STOP), simulation (no provider:
//   what would have been sent), sans_numero (no phone in the contact: a follow-up task instead).

import type { Language } from '../../src/shared/taxonomy';
import type { Deps } from '../app-env';
import { newId } from '../services/ids';
import { databaseInstant } from './lease';
import type { SmsParams, SmsPurpose } from './templates';

export const SMS_STATUSES = [
  'a_envoyer',
  'envoi_en_cours',
  'envoye',
  'distribue',
  'echec',
  'arrete',
  'simulation',
  'sans_numero',
] as const;
export type SmsStatus = (typeof SMS_STATUSES)[number];

export interface EnqueueInput {
  centreId: string;
  contactId: string | null;
  purpose: SmsPurpose;
  occasion: string;
  language: Language;
  params: SmsParams & { encounterId?: string; to?: string };
  sendAfter: Date;
}

/** Adds a message unless the same contact × purpose × occasion is already queued. True when added. */
export async function enqueueSms(deps: Pick<Deps, 'database' | 'now'>, m: EnqueueInput): Promise<boolean> {
  const now = deps.now().toISOString();
  const result = await deps.database.db
    .insertInto('sms_messages')
    .values({
      id: newId(),
      centre_id: m.centreId,
      contact_id: m.contactId,
      purpose: m.purpose,
      occasion: m.occasion,
      language: m.language,
      params: JSON.stringify(m.params),
      status: 'a_envoyer',
      send_after: m.sendAfter.toISOString(),
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) => oc.columns(['contact_id', 'purpose', 'occasion']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Claims one due message for this run: a conditional update, so two instances never both win. */
export async function claimSms(
  deps: Pick<Deps, 'database'>,
  id: string,
  token: string,
  now: Date,
  leaseMs: number,
): Promise<boolean> {
  const r = await deps.database.db
    .updateTable('sms_messages')
    .set((eb) => ({
      status: 'envoi_en_cours',
      claim_token: token,
      // On the database's clock (lease.ts): a pass whose own clock runs ahead cannot end it early.
      claimed_until: databaseInstant(deps.database.kind, leaseMs),
      attempts: eb('attempts', '+', 1),
      updated_at: now.toISOString(),
    }))
    .where('id', '=', id)
    .where('status', '=', 'a_envoyer')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function setSmsStatus(
  deps: Pick<Deps, 'database'>,
  id: string,
  token: string | null,
  now: Date,
  change: {
    status: SmsStatus;
    sendAfter?: Date;
    lastError?: string | null;
    provider?: string;
    providerMessageId?: string;
    sentAt?: Date;
    /** The parameters again, with the language the text went in (wrapped: it is the contact's). */
    params?: string;
  },
): Promise<void> {
  let q = deps.database.db
    .updateTable('sms_messages')
    .set({
      status: change.status,
      claim_token: null,
      claimed_until: null,
      updated_at: now.toISOString(),
      ...(change.sendAfter ? { send_after: change.sendAfter.toISOString() } : {}),
      ...(change.lastError !== undefined ? { last_error: change.lastError } : {}),
      ...(change.provider ? { provider: change.provider } : {}),
      ...(change.providerMessageId ? { provider_message_id: change.providerMessageId } : {}),
      ...(change.sentAt ? { sent_at: change.sentAt.toISOString() } : {}),
      ...(change.params ? { params: change.params } : {}),
    })
    .where('id', '=', id);
  if (token) q = q.where('claim_token', '=', token);
  await q.execute();
}

/** Back-off after a provider error: 5 min, 20 min, 80 min… at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(6 * 3600_000, 5 * 60_000 * 4 ** Math.max(0, attempts - 1));
}
export const MAX_ATTEMPTS = 5;
