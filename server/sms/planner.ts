// Which messages are due, from the records (issue 12), with the consents they need:
// - the day before an activity, a reminder to each contact signed up to it (`info_activites` + `sms`);
// - the day before a planned permanence, its announcement to each contact who asked for it in that
//   neighbourhood (`annonces_permanences`, plan-announcements.ts);
// - N days after an encounter about a procedure (N = the centre's setting, 30 by default), the
//   question « avez-vous obtenu votre droit ? » to its contact (`rappel` + `sms`).
// Planning is idempotent (the queue's unique key); a centre with no provider still plans, and the
// sender then records a dry run.

import type { Contact, Encounter, Signup } from '../../src/shared/records';
import type { Activity } from '../../src/shared/reference';
import type { Deps } from '../app-env';
import { loadRecords, loadRecordsById } from '../dashboard-api/records/load';
import { planAnnouncements } from './plan-announcements';
import { enqueueSms } from './queue';
import { parisDay } from './quiet-hours';
import { loadSmsSettings } from './settings';

const TIME = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  hour: '2-digit',
  minute: '2-digit',
});
const DAY_MS = 86_400_000;
/** Encounters older than the delay by more than this are not asked any more (no flood at first run). */
const OUTCOME_WINDOW_DAYS = 7;

function consents(c: Contact, ...purposes: Contact['consentPurposes']): boolean {
  return purposes.every((p) => c.consentPurposes.includes(p));
}

export function isAboutAProcedure(e: Encounter): boolean {
  return e.themes.includes('aide_aux_demarches_administratives') || (e.institutions?.length ?? 0) > 0;
}

export async function planSms(
  deps: Pick<Deps, 'database' | 'now' | 'secrets'>,
  centreIds: string[],
): Promise<{ reminders: number; questions: number; announcements: number }> {
  const now = deps.now();
  let reminders = 0;
  let questions = 0;
  let announcements = 0;
  for (const centreId of centreIds) {
    const centre = await deps.database.db
      .selectFrom('centres')
      .select('name')
      .where('id', '=', centreId)
      .executeTakeFirst();
    if (!centre) continue;
    reminders += await planReminders(deps, centreId, centre.name, now);
    questions += await planQuestions(deps, centreId, centre.name, now);
    announcements += await planAnnouncements(deps, centreId, centre.name, now);
  }
  return { reminders, questions, announcements };
}

async function planReminders(
  deps: Pick<Deps, 'database' | 'now'>,
  centreId: string,
  centreName: string,
  now: Date,
) {
  const tomorrow = parisDay(new Date(now.getTime() + DAY_MS));
  const rows = await deps.database.db
    .selectFrom('activities')
    .select(['id', 'data'])
    .where('centre_id', '=', centreId)
    .where('deleted_at', 'is', null)
    .execute();
  const due = rows
    .map((r) => ({ id: r.id, a: JSON.parse(r.data) as Activity }))
    .filter(({ a }) => !Number.isNaN(Date.parse(a.startsAt)) && parisDay(new Date(a.startsAt)) === tomorrow);
  if (!due.length) return 0;
  const signups = (await loadRecords<Signup>(deps.database.db, 'signup', { centreIds: [centreId] })).filter(
    // A sign-up by card only (no contact) has no phone to remind.
    (s) => s.record.contactId !== undefined && due.some((d) => d.id === s.record.activityId),
  );
  const contacts = await loadRecordsById<Contact>(
    deps.database.db,
    'contact',
    signups.map((s) => s.record.contactId!),
    [centreId],
  );
  let added = 0;
  for (const s of signups) {
    const c = contacts.get(s.record.contactId!);
    const activity = due.find((d) => d.id === s.record.activityId)!;
    if (!c || !consents(c.record, 'info_activites', 'sms')) continue;
    const ok = await enqueueSms(deps, {
      centreId,
      contactId: c.id,
      purpose: 'rappel_activite',
      occasion: activity.id,
      language: 'fr',
      params: {
        centre: centreName,
        activity: activity.a.title,
        place: activity.a.place,
        when: TIME.format(new Date(activity.a.startsAt)),
      },
      sendAfter: now,
    });
    if (ok) added++;
  }
  return added;
}

async function planQuestions(
  deps: Pick<Deps, 'database' | 'now'>,
  centreId: string,
  centreName: string,
  now: Date,
) {
  const { outcomeDelayDays } = await loadSmsSettings(deps, centreId);
  const endIso = new Date(now.getTime() - outcomeDelayDays * DAY_MS).toISOString();
  const startIso = new Date(now.getTime() - (outcomeDelayDays + OUTCOME_WINDOW_DAYS) * DAY_MS).toISOString();
  const encounters = (
    await loadRecords<Encounter>(deps.database.db, 'encounter', { centreIds: [centreId], startIso, endIso })
  ).filter((e) => e.record.contactId && isAboutAProcedure(e.record));
  const contacts = await loadRecordsById<Contact>(
    deps.database.db,
    'contact',
    encounters.map((e) => e.record.contactId!),
    [centreId],
  );
  let added = 0;
  for (const e of encounters) {
    const c = contacts.get(e.record.contactId!);
    if (!c || !consents(c.record, 'rappel', 'sms')) continue;
    const ok = await enqueueSms(deps, {
      centreId,
      contactId: c.id,
      purpose: 'question_droit',
      occasion: e.id,
      language: 'fr',
      params: { centre: centreName, encounterId: e.id },
      sendAfter: now,
    });
    if (ok) added++;
  }
  return added;
}
