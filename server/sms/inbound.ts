// A reply to one of the centre's SMS (issue 12):
// - « STOP » (any case, with or without accents, « arrêt » too) withdraws the `sms` consent of that
//   number for the centre at once: the number's lookup hash goes on the centre's STOP list, every
//   queued message to it is stopped, one confirmation is sent, and the withdrawal is audited;
// - « 1 », « 2 », « 3 » answer « avez-vous obtenu votre droit ? »: an anonymous outcome counted by
//   institution, sub-theme and guide; « 3 » (bloqué) also puts the person in the follow-up queue;
// - anything else goes to the follow-up queue as a note (the text itself is kept wrapped under the
//   server secret, readable by a coordinator, never logged).

import type { Encounter } from '../../src/shared/records';
import { phoneLookupKey } from '../../src/shared/validators';
import type { Deps } from '../app-env';
import { writeAudit } from '../dashboard-api/audit';
import { loadRecord } from '../dashboard-api/records/load';
import { newId } from '../services/ids';
import { enqueueSms } from './queue';

export type InboundKind = 'stop' | 'outcome' | 'note' | 'unknown_number';
const OUTCOMES = { '1': 'abouti', '2': 'en_cours', '3': 'bloque' } as const;

export function readReply(text: string): 'stop' | '1' | '2' | '3' | 'other' {
  const words = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
  if (/^(STOP|ARRET|STOPP|STOP SMS)$/.test(words)) return 'stop';
  if (words === '1' || words === '2' || words === '3') return words;
  return 'other';
}

async function contactsOf(deps: Deps, centreId: string, hash: string): Promise<string[]> {
  const rows = await deps.database.db
    .selectFrom('contact_lookup')
    .innerJoin('records', 'records.id', 'contact_lookup.contact_id')
    .select('contact_lookup.contact_id')
    .where('contact_lookup.hash', '=', hash)
    .where('records.centre_id', '=', centreId)
    .where('records.deleted', '=', 0)
    .execute();
  return [...new Set(rows.map((r) => r.contact_id))];
}

async function toFollowUp(deps: Deps, contactId: string, comment: string): Promise<void> {
  const values = { status: 'a_faire', comment, updated_at: deps.now().toISOString() };
  await deps.database.db
    .insertInto('follow_ups')
    .values({ contact_id: contactId, due_date: null, assignee: null, ...values })
    .onConflict((oc) => oc.column('contact_id').doUpdateSet(values))
    .execute();
}

export async function handleInboundSms(
  deps: Deps,
  centreId: string,
  from: string,
  text: string,
): Promise<InboundKind> {
  const phone = phoneLookupKey(from);
  if (!phone) return 'unknown_number';
  const hash = deps.secrets.lookupHash(phone);
  const now = deps.now();
  const contactIds = await contactsOf(deps, centreId, hash);
  const reply = readReply(text);
  const day = now.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' });

  if (reply === 'stop') {
    const added = await deps.database.db
      .insertInto('sms_optouts')
      .values({ centre_id: centreId, phone_hash: hash, at: now.toISOString() })
      .onConflict((oc) => oc.columns(['centre_id', 'phone_hash']).doNothing())
      .executeTakeFirst();
    if (contactIds.length)
      await deps.database.db
        .updateTable('sms_messages')
        .set({ status: 'arrete', last_error: 'Ce numéro a répondu STOP.', updated_at: now.toISOString() })
        .where('contact_id', 'in', contactIds)
        .where('status', '=', 'a_envoyer')
        .where('purpose', '!=', 'confirmation_stop')
        .execute();
    await writeAudit(
      deps.database.db,
      {
        userId: null,
        action: 'sms.stop',
        recordId: contactIds[0] ?? null,
        centreId,
        detail: { contacts: contactIds.length },
      },
      now,
    );
    const centre = await deps.database.db
      .selectFrom('centres')
      .select('name')
      .where('id', '=', centreId)
      .executeTakeFirst();
    // Confirmed once per contact (the queue's unique key), and only the first time the number stops.
    if (Number(added.numInsertedOrUpdatedRows ?? 0n) > 0 && contactIds[0])
      await enqueueSms(deps, {
        centreId,
        contactId: contactIds[0],
        purpose: 'confirmation_stop',
        occasion: 'stop',
        language: 'fr',
        params: { centre: centre?.name ?? '' },
        sendAfter: now,
      });
    return 'stop';
  }
  if (!contactIds.length) return 'unknown_number';

  if (reply !== 'other') {
    const asked = await deps.database.db
      .selectFrom('sms_messages')
      .leftJoin('sms_outcomes', 'sms_outcomes.message_id', 'sms_messages.id')
      .select(['sms_messages.id', 'sms_messages.contact_id', 'sms_messages.params'])
      .where('sms_messages.contact_id', 'in', contactIds)
      .where('sms_messages.purpose', '=', 'question_droit')
      .where('sms_messages.status', 'in', ['envoye', 'distribue', 'simulation'])
      .where('sms_outcomes.message_id', 'is', null)
      .orderBy('sms_messages.sent_at', 'desc')
      .executeTakeFirst();
    if (asked) {
      const { encounterId } = JSON.parse(asked.params) as { encounterId?: string };
      const enc = encounterId
        ? await loadRecord<Encounter>(deps.database.db, 'encounter', encounterId, [centreId])
        : undefined;
      const guideIds = (enc?.record.actions ?? []).flatMap((a) =>
        a.kind === 'guide_montre' ? a.guideIds : [],
      );
      await deps.database.db
        .insertInto('sms_outcomes')
        .values({
          message_id: asked.id,
          centre_id: centreId,
          answer: OUTCOMES[reply],
          institutions: JSON.stringify(enc?.record.institutions ?? []),
          sub_themes: JSON.stringify(enc?.record.subThemes ?? []),
          guide_ids: JSON.stringify(guideIds),
          at: now.toISOString(),
        })
        .execute();
      if (reply === '3' && asked.contact_id)
        await toFollowUp(deps, asked.contact_id, `A répondu par SMS le ${day} : bloqué(e) dans sa démarche.`);
      return 'outcome';
    }
  }
  await deps.database.db
    .insertInto('sms_replies')
    .values({
      id: newId(),
      centre_id: centreId,
      contact_id: contactIds[0]!,
      text_enc: deps.secrets.wrap(text.slice(0, 1000)),
      at: now.toISOString(),
    })
    .execute();
  await toFollowUp(deps, contactIds[0]!, `Réponse reçue par SMS le ${day} (à lire dans « SMS »).`);
  return 'note';
}
