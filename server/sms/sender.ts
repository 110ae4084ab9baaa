// Sends the due messages of the queue, exactly once each, on one or several server instances:
// 1. a message whose claim expired while « envoi_en_cours » (a server killed mid-batch) is asked
//    about at the provider by our own id: found → recorded as sent; not found → queued again;
// 2. each due message is claimed by a conditional update, and that claim is committed before the
//    provider is called, so no other instance or later run can send it again;
// 3. the contact is opened in memory only to read the phone (one audit entry per message), the
//    consent, STOP list, quiet hours and the centre's daily cap are checked, and the provider is
//    called with our message id; without a provider the message is recorded as a dry run.
// Nothing here logs a phone number or a message text.
import { randomUUID } from 'node:crypto';
import type { Contact, ContactPersonal } from '../../src/shared/records';
import type { Language } from '../../src/shared/taxonomy';
import { phoneLookupKey } from '../../src/shared/validators';
import type { Deps } from '../app-env';
import { writeAudit } from '../dashboard-api/audit';
import { openContacts } from '../dashboard-api/follow-ups/open-contact';
import { loadRecord } from '../dashboard-api/records/load';
import { databaseInstant } from './lease';
import { ProviderError, type SmsProvider } from './providers/types';
import { claimSms, MAX_ATTEMPTS, retryDelayMs, setSmsStatus } from './queue';
import { mayBeSentAt, nextSendingTime, parisDay, parisDayStart } from './quiet-hours';
import { loadSmsSettings, providerFor } from './settings';
import { renderSms, type SmsParams, type SmsPurpose } from './templates';

export const CLAIM_LEASE_MS = 5 * 60_000;
const BATCH = 50;

export interface BatchResult {
  sent: number;
  dryRun: number;
  failed: number;
  deferred: number;
  stopped: number;
  recovered: number;
}

type Row = {
  id: string;
  centre_id: string;
  contact_id: string | null;
  purpose: string;
  language: string;
  params: string;
  attempts: number;
};

export interface SenderOptions {
  /** Tests: a provider per centre instead of the stored settings. */
  providerFor?: (centreId: string) => Promise<SmsProvider | undefined>;
}

export async function sendDueSms(
  deps: Deps,
  centreIds: string[],
  opts: SenderOptions = {},
): Promise<BatchResult> {
  const result: BatchResult = { sent: 0, dryRun: 0, failed: 0, deferred: 0, stopped: 0, recovered: 0 };
  const now = deps.now();
  const provider = opts.providerFor ?? ((id: string) => providerFor(deps, id));
  if (!centreIds.length) return result;
  result.recovered = await recoverInterrupted(deps, centreIds, now, provider);
  // Quiet hours protect residents; a test the coordinator sends to their own number goes at once.
  const quiet = !mayBeSentAt(now);

  for (const centreId of centreIds) {
    const settings = await loadSmsSettings(deps, centreId);
    const p = await provider(centreId);
    let sentToday = await countSentToday(deps, centreId, now);
    const due = await deps.database.db
      .selectFrom('sms_messages')
      .select(['id', 'centre_id', 'contact_id', 'purpose', 'language', 'params', 'attempts'])
      .where('centre_id', '=', centreId)
      .where('status', '=', 'a_envoyer')
      .where('send_after', '<=', now.toISOString())
      .orderBy('send_after')
      .orderBy('id')
      .limit(BATCH)
      .execute();
    for (const row of due) {
      if (quiet && row.purpose !== 'essai') continue;
      if (p && sentToday >= settings.dailyCap) {
        result.deferred++;
        continue; // stays queued: tomorrow's first run sends it
      }
      const token = randomUUID();
      if (!(await claimSms(deps, row.id, token, now, CLAIM_LEASE_MS))) continue;
      const outcome = await sendOne(deps, row, token, p, now);
      result[outcome]++;
      if (outcome === 'sent') sentToday++;
    }
  }
  return result;
}

async function countSentToday(deps: Deps, centreId: string, now: Date): Promise<number> {
  const start = parisDayStart(parisDay(now)).toISOString();
  const r = await deps.database.db
    .selectFrom('sms_messages')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('centre_id', '=', centreId)
    .where('sent_at', '>=', start)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

async function recoverInterrupted(
  deps: Deps,
  centreIds: string[],
  now: Date,
  provider: (centreId: string) => Promise<SmsProvider | undefined>,
): Promise<number> {
  const stale = await deps.database.db
    .selectFrom('sms_messages')
    .select(['id', 'centre_id', 'claim_token'])
    .where('status', '=', 'envoi_en_cours')
    .where('centre_id', 'in', centreIds)
    // Ended on the database's clock, as it was started (lease.ts), whatever this pass's `now`.
    .where('claimed_until', '<', databaseInstant(deps.database.kind))
    .execute();
  let n = 0;
  for (const row of stale) {
    const p = await provider(row.centre_id);
    try {
      const found = p ? await p.alreadySent(row.id) : undefined;
      if (found && p) {
        await setSmsStatus(deps, row.id, row.claim_token, now, {
          status: 'envoye',
          provider: p.kind,
          providerMessageId: found.providerMessageId,
          sentAt: now,
        });
      } else {
        await setSmsStatus(deps, row.id, row.claim_token, now, { status: 'a_envoyer' });
      }
      n++;
    } catch {
      // The provider cannot tell yet: leave the row as it is and ask again at the next run.
    }
  }
  return n;
}

async function openPhone(
  deps: Deps,
  row: Row,
): Promise<{ personal?: ContactPersonal; contact?: Contact; error?: string }> {
  if (!row.contact_id) return {};
  const stored = await loadRecord<Contact>(deps.database.db, 'contact', row.contact_id, [row.centre_id]);
  if (!stored)
    return { error: 'Ce contact n’est plus sur le serveur (effacé ou arrivé en fin de conservation).' };
  const opened = (await openContacts(deps, [stored])).get(stored.id)!;
  if ('error' in opened) return { error: opened.error, contact: stored.record };
  return { personal: opened, contact: stored.record };
}

async function sendOne(
  deps: Deps,
  row: Row,
  token: string,
  provider: SmsProvider | undefined,
  now: Date,
): Promise<'sent' | 'dryRun' | 'failed' | 'stopped'> {
  const purpose = row.purpose as SmsPurpose;
  const params = JSON.parse(row.params) as SmsParams & { toEnc?: string };
  await writeAudit(
    deps.database.db,
    {
      userId: null,
      action: 'sms.send',
      recordId: row.contact_id,
      centreId: row.centre_id,
      detail: { purpose, message: row.id },
    },
    now,
  );
  const { personal, contact, error } = await openPhone(deps, row);
  if (error) {
    await setSmsStatus(deps, row.id, token, now, { status: 'echec', lastError: error });
    return 'failed';
  }
  // An announcement of the borne's visit is its own consent, by SMS in its words; the rest needs `sms`.
  const consent = purpose === 'annonce_permanence' ? 'annonces_permanences' : 'sms';
  if (contact && purpose !== 'confirmation_stop' && !contact.consentPurposes.includes(consent)) {
    await setSmsStatus(deps, row.id, token, now, {
      status: 'arrete',
      lastError: 'Pas d’accord pour les SMS.',
    });
    return 'stopped';
  }
  const rawPhone = params.toEnc ? deps.secrets.unwrap(params.toEnc) : personal?.phone;
  const phone = rawPhone ? phoneLookupKey(rawPhone) : undefined;
  if (!phone) {
    await noPhone(deps, row, token, now);
    return 'failed';
  }
  if (purpose !== 'confirmation_stop' && (await isOptedOut(deps, row.centre_id, phone))) {
    await setSmsStatus(deps, row.id, token, now, {
      status: 'arrete',
      lastError: 'Ce numéro a répondu STOP.',
    });
    return 'stopped';
  }
  const language = (personal?.language ?? row.language) as Language;
  const text = renderSms(purpose, language, params);
  // The queue page shows the text in the language it went in; the language is the contact's (sealed
  // with them), so the row keeps it wrapped under the server secret, never in clear.
  const sent = JSON.stringify({ ...params, langEnc: deps.secrets.wrap(language) });
  if (!provider) {
    await setSmsStatus(deps, row.id, token, now, {
      status: 'simulation',
      sentAt: now,
      lastError: null,
      params: sent,
    });
    return 'dryRun';
  }
  try {
    const { providerMessageId } = await provider.send({ ref: row.id, to: phone, text });
    await setSmsStatus(deps, row.id, token, now, {
      status: 'envoye',
      provider: provider.kind,
      providerMessageId,
      sentAt: now,
      lastError: null,
      params: sent,
    });
    return 'sent';
  } catch (err) {
    const words = err instanceof ProviderError ? err.message : 'Erreur inattendue pendant l’envoi.';
    const retry = (!(err instanceof ProviderError) || err.retryable) && row.attempts + 1 < MAX_ATTEMPTS;
    await setSmsStatus(deps, row.id, token, now, {
      status: retry ? 'a_envoyer' : 'echec',
      lastError: words,
      params: sent,
      ...(retry
        ? { sendAfter: nextSendingTime(new Date(now.getTime() + retryDelayMs(row.attempts + 1))) }
        : {}),
    });
    return 'failed';
  }
}

async function isOptedOut(deps: Deps, centreId: string, phone: string): Promise<boolean> {
  const hit = await deps.database.db
    .selectFrom('sms_optouts')
    .select('phone_hash')
    .where('centre_id', '=', centreId)
    .where('phone_hash', '=', deps.secrets.lookupHash(phone))
    .executeTakeFirst();
  return !!hit;
}

/** No phone in the contact: the outcome question becomes a follow-up task for the team. */
async function noPhone(deps: Deps, row: Row, token: string, now: Date): Promise<void> {
  await setSmsStatus(deps, row.id, token, now, {
    status: 'sans_numero',
    lastError: 'Pas de numéro de téléphone dans ce contact.',
  });
  if (row.purpose !== 'question_droit' || !row.contact_id) return;
  const values = {
    status: 'a_faire',
    comment: 'Demander si la démarche a abouti (pas de numéro pour le SMS).',
    updated_at: now.toISOString(),
  };
  await deps.database.db
    .insertInto('follow_ups')
    .values({ contact_id: row.contact_id, due_date: null, assignee: null, ...values })
    .onConflict((oc) => oc.column('contact_id').doUpdateSet(values))
    .execute();
}
