// The record builders of the seeded data: one outing, one encounter (type, need, what was done, the
// person's profile or a collective session's counts), the contact an individual accompaniment may
// leave, a kiosk visit and a survey answer. The demo month (month.ts) and the federation's year
// (../federation/plan.ts) both build their records here and differ only by their schedule (how
// many of each, when); the random draws happen in one order, so a seed gives the same records.
import { v7 as uuidv7 } from 'uuid';
import type {
  Encounter,
  EncounterAction,
  KioskEvent,
  Outing,
  SurveyResponse,
} from '../../../src/shared/records';
import { AGES, FIRST_NAMES, GUIDES, NEEDS, PLACES, SEXES, STATUSES } from './palette';
import type { Random } from './random';

/** The fields every record carries; the caller picks the tablet, the agent and the time. */
export interface Base {
  id: string;
  centreId: string;
  deviceId: string;
  agentId: string;
  createdAt: string;
  rev: number;
}

export interface BuildCtx {
  rnd: Random;
  partnerIds: string[];
  /** Activities a person can be signed up to (none: no sign-up action). */
  activityIds: string[];
  /** Retention of a contact by purpose, in months (the centre's settings). */
  retentionMonths: { rappel: number; info_activites: number };
}

export const at = (day: Date, hour: number, minute: number) =>
  new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute)).toISOString();

export function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString();
}

export const newBase = (centreId: string, deviceId: string, agentId: string, createdAt: string): Base => ({
  id: uuidv7(),
  centreId,
  deviceId,
  agentId,
  createdAt,
  rev: 1,
});

/** An outing of three hours from `startHour` (UTC) at one of the centre's usual places. */
export function buildOuting(ctx: BuildCtx, base: (startedAt: string) => Base, day: Date, startHour: number) {
  const place = ctx.rnd.pick(PLACES);
  const startedAt = at(day, startHour, ctx.rnd.int(0, 20));
  const outing: Outing = {
    ...base(startedAt),
    placeKind: place.kind,
    placeLabel: place.label,
    neighbourhood: place.neighbourhood,
    qpv: place.qpv,
    commune: 'Lille',
    startedAt,
    endedAt: at(day, startHour + 3, 0),
  };
  return outing;
}

const TYPES = [
  ['individuel', 14],
  ['information', 4],
  ['collectif', 1],
] as const;

/** One encounter (of an outing when `outingId` is given); `institution` is the need's, if any. */
export function buildEncounter(ctx: BuildCtx, base: Base, outingId: string | undefined): Encounter {
  const { rnd } = ctx;
  const type = rnd.weighted(TYPES);
  const need = rnd.weighted(NEEDS);
  const actions: EncounterAction[] = [];
  if (rnd.chance(0.6)) actions.push({ kind: 'aide_sur_place' });
  if (rnd.chance(0.25)) actions.push({ kind: 'guide_montre', guideIds: [rnd.pick(GUIDES)] });
  if (rnd.chance(0.3) && ctx.partnerIds.length) {
    actions.push({
      kind: 'orientation',
      redirectionKind: rnd.pick([
        'administration',
        'aide_sociale',
        'operateur_ou_organisme_en_charge',
      ] as const),
      partnerId: rnd.pick(ctx.partnerIds),
    });
  }
  if (rnd.chance(0.08) && ctx.activityIds.length) {
    actions.push({ kind: 'inscription_activite', activityId: rnd.pick(ctx.activityIds) });
  }
  const e: Encounter = {
    ...base,
    ...(outingId ? { outingId } : {}),
    type,
    themes: need.themes,
    ...(need.sub ? { subThemes: need.sub } : {}),
    ...(need.institution ? { institutions: [need.institution] } : {}),
    actions,
    durationMin: rnd.pick([5, 15, 15, 30, 45]),
  };
  if (type === 'collectif') {
    const n = rnd.int(4, 10);
    const women = rnd.int(1, n - 1);
    e.participants = { count: n, bySex: { feminin: women, masculin: n - women } };
  } else {
    e.profile = {
      sex: rnd.weighted(SEXES),
      ageBand: rnd.weighted(AGES),
      socialStatus: rnd.weighted(STATUSES),
      livesInQpv: rnd.weighted([
        ['oui', 3],
        ['non', 1],
        ['non_communique', 1],
      ] as const),
      firstTime: rnd.weighted([
        ['oui', 2],
        ['non', 3],
      ] as const),
    };
    e.autonomy = rnd.weighted([
      ['entierement_accompagne', 3],
      ['partiellement_autonome', 3],
      ['autonome', 1],
    ] as const);
  }
  return e;
}

/**
 * One individual accompaniment in seven or so leaves a contact (to call back, or to hear of the
 * centre's activities): its record (without the sealed box) and the personal fields to seal. The
 * encounter gains the contact's id and « à rappeler ». Undefined when no contact is left.
 */
export function buildContact(ctx: BuildCtx, e: Encounter) {
  const { rnd } = ctx;
  if (e.type !== 'individuel' || !rnd.chance(0.15)) return undefined;
  const purposes = rnd.chance(0.7) ? (['rappel'] as const) : (['info_activites'] as const);
  const retentionUntil = addMonths(
    e.createdAt,
    purposes[0] === 'rappel' ? ctx.retentionMonths.rappel : ctx.retentionMonths.info_activites,
  );
  const record = {
    id: uuidv7(),
    centreId: e.centreId,
    deviceId: e.deviceId,
    agentId: e.agentId,
    createdAt: e.createdAt,
    rev: 1,
    consentPurposes: [...purposes],
    consentTextVersion: '2026-11',
    consentAt: e.createdAt,
    retentionUntil,
  };
  const personal = {
    firstName: rnd.pick(FIRST_NAMES),
    phone: `06 00 00 ${String(rnd.int(0, 99)).padStart(2, '0')} ${String(rnd.int(0, 99)).padStart(2, '0')}`,
    language: 'fr',
    preferredChannel: 'telephone',
  };
  e.contactId = record.id;
  e.actions = [...e.actions, { kind: 'a_rappeler' }];
  return { record, personal };
}

/** A visit at the kiosk: a guide opened, then finished or left, and a search now and then. */
export function buildKioskVisit(ctx: BuildCtx, base: () => Base, when: string): KioskEvent[] {
  const { rnd } = ctx;
  const language = rnd.weighted([
    ['fr', 6],
    ['ar', 2],
    ['en', 1],
  ] as const);
  const guideId = rnd.pick(GUIDES);
  const events: KioskEvent['event'][] = ['open', rnd.chance(0.5) ? 'complete' : 'abandon'];
  if (rnd.chance(0.3)) events.push(rnd.chance(0.7) ? 'search_hit' : 'search_miss');
  return events.map((event) => ({
    ...base(),
    event,
    language,
    at: when,
    ...(event.startsWith('search') ? {} : { guideId }),
  }));
}

/** A person's answer to the short questionnaire after an accompaniment. */
export function buildSurvey(ctx: BuildCtx, base: Base): SurveyResponse {
  const { rnd } = ctx;
  return {
    ...base,
    context: 'accompagnement',
    language: 'fr',
    answers: {
      utile: rnd.int(3, 5),
      consignes_claires: rnd.int(2, 5),
      plus_autonome: rnd.int(2, 5),
      moins_stresse: rnd.int(2, 5),
    },
  };
}
