// Loads what the figures count for a period and scope: encounters, kiosk events and survey answers
// made in the period, outings started in it, and the outings the encounters point to.
import type { Kysely } from 'kysely';
import type { Encounter, KioskEvent, Outing, SurveyResponse } from '../../../src/shared/records';
import type { DB } from '../../db/schema';
import { loadRecords, loadRecordsById } from '../records/load';
import type { FigureInput } from './compute';

const DAY_MS = 86_400_000;

export async function loadFigureInput(
  db: Kysely<DB>,
  q: {
    centreIds: string[];
    period: { from: string; to: string; startIso: string; endIso: string };
    agentIds?: string[] | undefined;
  },
): Promise<FigureInput> {
  const range = {
    centreIds: q.centreIds,
    startIso: q.period.startIso,
    endIso: q.period.endIso,
    agentIds: q.agentIds,
  };
  const around = {
    ...range,
    startIso: new Date(Date.parse(q.period.startIso) - DAY_MS).toISOString(),
    endIso: new Date(Date.parse(q.period.endIso) + DAY_MS).toISOString(),
  };
  const [encounters, outingsAround, kioskEvents, surveys, partners] = await Promise.all([
    loadRecords<Encounter>(db, 'encounter', range),
    loadRecords<Outing>(db, 'outing', around),
    loadRecords<KioskEvent>(db, 'kiosk_event', range),
    loadRecords<SurveyResponse>(db, 'survey_response', range),
    db.selectFrom('partners').select(['id', 'name']).execute(),
  ]);
  const volunteers = q.centreIds.length
    ? await db
        .selectFrom('agents')
        .select('id')
        .where('role', '=', 'volunteer')
        .where('centre_id', 'in', q.centreIds)
        .execute()
    : [];
  const outings = outingsAround.filter(
    (o) => o.record.startedAt >= q.period.startIso && o.record.startedAt < q.period.endIso,
  );
  const outingsById = new Map<string, Outing>(outingsAround.map((o) => [o.id, o.record]));
  const missing = encounters.flatMap((e) =>
    e.record.outingId && !outingsById.has(e.record.outingId) ? [e.record.outingId] : [],
  );
  if (missing.length) {
    for (const [id, o] of await loadRecordsById<Outing>(db, 'outing', missing, q.centreIds))
      outingsById.set(id, o.record);
  }
  return {
    period: { from: q.period.from, to: q.period.to },
    centreIds: q.centreIds,
    encounters: encounters.map((e) => e.record),
    outings: outings.map((o) => o.record),
    outingsById,
    kioskEvents: kioskEvents.map((k) => k.record),
    surveys: surveys.map((s) => s.record),
    partnerNames: new Map(partners.map((p) => [p.id, p.name])),
    volunteerAgentIds: new Set(volunteers.map((a) => a.id)),
  };
}
