// Loads what the outcomes count: the records of the scope that carry a card (encounters, sign-ups,
// attendances, skills checks) up to the end of the period — earlier ones tell who is new and what
// an earlier check said — and the workshop feedback of the period. Rows without a card are left
// in the database by a text match on the JSON body (same on SQLite and PostgreSQL).
import type { Kysely } from 'kysely';
import type { Attendance, Encounter, Signup, SkillsCheck, SurveyResponse } from '../../../src/shared/records';
import { type PeopleCell, protectPeople } from '../../../src/shared/small-cells';
import type { DB } from '../../db/schema';
import { loadRecords } from '../records/load';
import { inIds } from '../scope';
import type { CardSighting, OutcomeInput } from './outcomes';

type CardEntity = CardSighting['kind'];

async function withCard<T>(db: Kysely<DB>, entity: CardEntity, centreIds: string[], endIso: string) {
  if (!centreIds.length) return [];
  const rows = await db
    .selectFrom('records')
    .select(['centre_id', 'data'])
    .where('entity', '=', entity)
    .where('deleted', '=', 0)
    .where((eb) => inIds(eb, 'centre_id', centreIds))
    .where('created_at', '<', endIso)
    .where('data', 'like', '%"passId":%')
    .execute();
  return rows.map((r) => ({ centreId: r.centre_id, record: JSON.parse(r.data) as T & { passId?: string } }));
}

/** Every sighting of a card in the scope up to `endIso`. */
async function loadSightings(db: Kysely<DB>, centreIds: string[], endIso: string) {
  const [encounters, signups, attendances, checks] = await Promise.all([
    withCard<Encounter>(db, 'encounter', centreIds, endIso),
    withCard<Signup>(db, 'signup', centreIds, endIso),
    withCard<Attendance>(db, 'attendance', centreIds, endIso),
    withCard<SkillsCheck>(db, 'skills_check', centreIds, endIso),
  ]);
  const sightings: CardSighting[] = [];
  const add = (kind: CardEntity, list: { centreId: string; record: Sighted }[]) => {
    for (const { centreId, record } of list) {
      if (record.passId)
        sightings.push({ passId: record.passId, kind, centreId, at: record.at ?? record.createdAt });
    }
  };
  add('encounter', encounters);
  add('signup', signups);
  add('attendance', attendances);
  add('skills_check', checks);
  return { sightings, checks: checks.map((c) => c.record) };
}

type Sighted = { passId?: string; createdAt: string; at?: string };

/** Distinct people reached with a card in the period (the CAF and FEDER reports' line), protected. */
export async function peopleWithCard(
  db: Kysely<DB>,
  q: { centreIds: string[]; period: { startIso: string; endIso: string } },
): Promise<PeopleCell> {
  const { sightings } = await loadSightings(db, q.centreIds, q.period.endIso);
  const inside = sightings.filter((s) => s.at >= q.period.startIso && s.at < q.period.endIso);
  return protectPeople(new Set(inside.map((s) => s.passId)).size);
}

export async function loadOutcomeInput(
  db: Kysely<DB>,
  q: { centreIds: string[]; period: { from: string; to: string; startIso: string; endIso: string } },
): Promise<OutcomeInput> {
  const end = q.period.endIso;
  const [{ sightings, checks }, surveys, activities] = await Promise.all([
    loadSightings(db, q.centreIds, end),
    loadRecords<SurveyResponse>(db, 'survey_response', {
      centreIds: q.centreIds,
      startIso: q.period.startIso,
      endIso: end,
    }),
    db
      .selectFrom('activities')
      .select(['id', 'data'])
      .where((eb) => inIds(eb, 'centre_id', q.centreIds))
      .execute(),
  ]);
  return {
    period: q.period,
    centreIds: q.centreIds,
    sightings,
    checks,
    feedback: surveys.map((s) => s.record).filter((s) => s.context === 'atelier'),
    activityTitles: new Map(
      activities.map((a) => [a.id, (JSON.parse(a.data) as { title?: string }).title ?? '']),
    ),
  };
}
