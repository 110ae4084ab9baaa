// THE rule that turns a stored record into the rows of the figures' side tables (migration 010,
// row types in server/db/facts-schema.ts). It runs at push, at a quarantine correction, at an
// erasure and in 010's back-fill, so the figures (server/dashboard-api/figures/) count with SQL
// GROUP BY over indexed columns instead of parsing every record of a period.
//
// How to add a field the figures or filters need:
// - a multi-valued field (tags, lists: e.g. « besoins au-delà du numérique », « équipement à la
//   maison »): push `each(values, 'kind_name', list)` in the entity's function below. No migration:
//   record_values takes any kind. Records stored before the change have no rows of that kind: if
//   old records can carry the field, refill them (server/facts/write.ts `refillFacts`) in your
//   migration. Add a case to extract.test.ts.
// - a single-valued field: prefer record_values too (kind, value, n = 1). A typed column on a fact
//   table needs its own migration (ALTER TABLE … ADD COLUMN, then `refillFacts`); 010's back-fill
//   writes only 010's columns, so it keeps working when it runs before yours.
import type {
  Attendance,
  Contact,
  KioskEvent,
  Outing,
  RecordEntity,
  Signup,
  SkillsCheck,
  SurveyResponse,
} from '../../src/shared/records';
import { surveyScore } from '../../src/shared/survey';
import { parisDay } from '../dashboard-api/period';
import type {
  CardSightingRow,
  EncounterFactRow,
  KioskFactRow,
  OutingFactRow,
  RecordValueRow,
  SkillAnswerRow,
  SurveyFactRow,
} from '../db/facts-schema';
import { adder, type Base, encounterFacts } from './encounter';
import { parisWeekdayHour } from './paris';

/** What the rule reads: the record's typed columns and its parsed JSON body. */
export interface FactSource {
  id: string;
  entity: string;
  centre_id: string;
  agent_id: string;
  created_at: string;
  deleted: number;
  data: Record<string, unknown>;
}

export interface Facts {
  encounter_facts: EncounterFactRow[];
  record_values: RecordValueRow[];
  outing_facts: OutingFactRow[];
  kiosk_facts: KioskFactRow[];
  survey_facts: SurveyFactRow[];
  card_sightings: CardSightingRow[];
  skill_answers: SkillAnswerRow[];
}

/** An outing left open longer than this (forgotten « Terminer ») counts this long, no more. */
export const MAX_OUTING_HOURS = 12;
const HOUR_MS = 3_600_000;

function outingFacts(base: Base, o: Outing, facts: Facts) {
  const ms = o.endedAt ? Math.max(Date.parse(o.endedAt) - Date.parse(o.startedAt), 0) : null;
  facts.outing_facts.push({
    record_id: base.record_id,
    centre_id: base.centre_id,
    agent_id: base.agent_id,
    created_at: base.created_at,
    started_at: o.startedAt,
    start_day: parisDay(o.startedAt),
    ended_at: o.endedAt ?? null,
    duration_ms: ms === null || !Number.isFinite(ms) ? null : Math.min(ms, MAX_OUTING_HOURS * HOUR_MS),
    place_kind: o.placeKind,
    qpv: o.qpv ? 1 : 0,
    neighbourhood: o.neighbourhood.trim(),
    neighbourhood_key: neighbourhoodKey(o.neighbourhood),
    permanence_id: o.permanenceId ?? null,
    planned_date: o.plannedDate ?? null,
  });
}

/** Neighbourhood names typed on tablets: "Wazemmes " and "wazemmes" are the same place. */
export function neighbourhoodKey(name: string): string {
  return name.trim().toLocaleLowerCase('fr');
}

function kioskFacts(base: Base, k: KioskEvent, facts: Facts) {
  const when = parisWeekdayHour(k.at);
  const known = when && when.weekday >= 0;
  facts.kiosk_facts.push({
    record_id: base.record_id,
    centre_id: base.centre_id,
    agent_id: base.agent_id,
    created_at: base.created_at,
    event: k.event,
    guide_id: k.guideId ?? null,
    step: k.step ?? null,
    activity_id: k.activityId ?? null,
    language: k.language,
    weekday: known ? when.weekday : null,
    hour: known ? when.hour : null,
  });
}

/** record_values kinds of a survey response: survey_score (n = the 1–5 score where 5 is always the
 *  good outcome, negative statements reversed) and survey_learnt. */
function surveyFacts(base: Base, s: SurveyResponse, facts: Facts) {
  const { each } = adder(base, facts.record_values);
  facts.survey_facts.push({
    record_id: base.record_id,
    centre_id: base.centre_id,
    agent_id: base.agent_id,
    created_at: base.created_at,
    context: s.context,
    guide_id: s.guideId ?? null,
    activity_id: s.activityId ?? null,
    language: s.language,
  });
  for (const [statementId, rating] of Object.entries(s.answers ?? {})) {
    if (typeof rating !== 'number') continue;
    facts.record_values.push({
      ...base,
      kind: 'survey_score',
      value: statementId,
      n: surveyScore(statementId, rating),
    });
  }
  each('survey_learnt', s.learnt);
}

function skillsFacts(base: Base, c: SkillsCheck, facts: Facts) {
  for (const [item, answer] of Object.entries(c.items ?? {})) {
    facts.skill_answers.push({
      record_id: base.record_id,
      centre_id: base.centre_id,
      created_at: base.created_at,
      pass_id: c.passId ?? null,
      item,
      answer,
    });
  }
  adder(base, facts.record_values).each('skill_observed', c.observed);
}

/** record_values kind of a contact: consent_purpose (what the person agreed to; the follow-up
 *  queue lists the contacts with « rappel » or « info_activites », migration 015 refills it). */
function contactFacts(base: Base, c: Contact, facts: Facts) {
  adder(base, facts.record_values).each('consent_purpose', c.consentPurposes);
}

const CARD_ENTITIES = new Set<string>(['encounter', 'signup', 'attendance', 'skills_check']);

/** The records that may name a contact (`contactId`, src/shared/records.ts). */
const CONTACT_LINK_ENTITIES: readonly string[] = ['encounter', 'signup'];

/**
 * record_values kind `contact` (value: the contact's id): the one exact, indexed way an erasure or
 * the retention purge finds the records that name a person (server/dashboard-api/privacy/erase.ts;
 * migration 019 back-fills it). Unlike every other fact it is kept for a deleted record too: a
 * tombstone keeps its body, which still names the person until an erasure unlinks it.
 */
function contactLink(src: FactSource, into: Facts) {
  const id = (src.data as { contactId?: unknown } | null)?.contactId;
  if (typeof id !== 'string' || !id || !CONTACT_LINK_ENTITIES.includes(src.entity)) return;
  into.record_values.push({
    record_id: src.id,
    entity: src.entity,
    centre_id: src.centre_id,
    agent_id: src.agent_id,
    created_at: src.created_at,
    kind: 'contact',
    value: id,
    n: 1,
  });
}

export function emptyFacts(): Facts {
  return {
    encounter_facts: [],
    record_values: [],
    outing_facts: [],
    kiosk_facts: [],
    survey_facts: [],
    card_sightings: [],
    skill_answers: [],
  };
}

/**
 * The fact rows of one record, added to `into` (none for an entity the figures do not count, and
 * for a deleted record only its contact link). A stored body the rule cannot read (older than its schema) gives no rows rather
 * than stopping a push or the back-fill: it is counted nowhere, as the figures always skipped it.
 */
export function extractFacts(src: FactSource, into: Facts = emptyFacts()): Facts {
  contactLink(src, into);
  if (src.deleted) return into;
  let one: Facts;
  try {
    one = factsOf(src);
  } catch {
    return into;
  }
  for (const table of Object.keys(one) as (keyof Facts)[]) (into[table] as unknown[]).push(...one[table]);
  return into;
}

function factsOf(src: FactSource): Facts {
  const into = emptyFacts();
  const base: Base = {
    record_id: src.id,
    entity: src.entity,
    centre_id: src.centre_id,
    agent_id: src.agent_id,
    created_at: src.created_at,
  };
  const data = src.data;
  switch (src.entity as RecordEntity) {
    case 'encounter':
      encounterFacts(base, data as unknown as Parameters<typeof encounterFacts>[1], into);
      break;
    case 'outing':
      outingFacts(base, data as unknown as Outing, into);
      break;
    case 'kiosk_event':
      kioskFacts(base, data as unknown as KioskEvent, into);
      break;
    case 'survey_response':
      surveyFacts(base, data as unknown as SurveyResponse, into);
      break;
    case 'skills_check':
      skillsFacts(base, data as unknown as SkillsCheck, into);
      break;
    case 'contact':
      contactFacts(base, data as unknown as Contact, into);
      break;
    default:
      break;
  }
  const card = data as Partial<Signup & Attendance>;
  if (CARD_ENTITIES.has(src.entity) && typeof card.passId === 'string' && card.passId) {
    const at = String(card.at ?? data.createdAt ?? src.created_at);
    into.card_sightings.push({
      record_id: src.id,
      entity: src.entity,
      centre_id: src.centre_id,
      created_at: src.created_at,
      pass_id: card.passId,
      at,
      at_day: parisDay(at),
    });
  }
  return into;
}
