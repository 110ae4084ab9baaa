// One centre's year for the federation seed (scale benchmark): every weekday, one to three outings
// with their encounters, the encounters at the centre's own desk, kiosk sessions and survey answers,
// and contacts for one individual accompaniment in seven — the demo month's palette and proportions
// at a busy centre's rate (about 45 encounters a weekday, so 300 centres make about 3.5 million a
// year). Pure and seeded: the same centre index gives the same year. Records come out a day at a
// time, stored as a push would store them (the `records` row, with its parsed body).
import { v7 as uuidv7 } from 'uuid';
import type {
  Encounter,
  EncounterAction,
  KioskEvent,
  Outing,
  SurveyResponse,
} from '../../../src/shared/records';
import { AGES, GUIDES, NEEDS, PLACES, SEXES, STATUSES } from '../demo-records/palette';
import type { Random } from '../demo-records/random';

export interface SeedRecord {
  id: string;
  entity: 'outing' | 'encounter' | 'contact' | 'kiosk_event' | 'survey_response';
  centre_id: string;
  device_id: string;
  agent_id: string;
  rev: number;
  created_at: string;
  received_at: string;
  deleted: number;
  data: Record<string, unknown>;
  retention_until: string | null;
}

export interface CentrePlan {
  rnd: Random;
  centreId: string;
  deviceIds: string[];
  agentIds: string[];
  partnerIds: string[];
  /** A few sealed boxes of the centre's key, reused by its contacts (opening them works). */
  sealed: unknown[];
  /** Retention of a contact by purpose, in months (the centre's settings). */
  retentionMonths: { rappel: number; info_activites: number };
}

const DAY_MS = 86_400_000;
const at = (day: Date, hour: number, minute: number) =>
  new Date(day.getTime() + hour * 3_600_000 + minute * 60_000).toISOString();

function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString();
}

const TYPES = [
  ['individuel', 14],
  ['information', 4],
  ['collectif', 1],
] as const;

function encounterOf(p: CentrePlan, base: Base, outingId: string | undefined): Encounter {
  const { rnd } = p;
  const type = rnd.weighted(TYPES);
  const need = rnd.weighted(NEEDS);
  const actions: EncounterAction[] = [];
  if (rnd.chance(0.6)) actions.push({ kind: 'aide_sur_place' });
  if (rnd.chance(0.25)) actions.push({ kind: 'guide_montre', guideIds: [rnd.pick(GUIDES)] });
  if (rnd.chance(0.3) && p.partnerIds.length) {
    actions.push({
      kind: 'orientation',
      redirectionKind: rnd.pick([
        'administration',
        'aide_sociale',
        'operateur_ou_organisme_en_charge',
      ] as const),
      partnerId: rnd.pick(p.partnerIds),
    });
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

interface Base {
  id: string;
  centreId: string;
  deviceId: string;
  agentId: string;
  createdAt: string;
  rev: number;
}

/** The records of one day (none on a weekend), in creation order. */
export function planDay(p: CentrePlan, day: Date, receivedAt: string): SeedRecord[] {
  const weekday = day.getUTCDay();
  if (weekday === 0 || weekday === 6) return [];
  const { rnd } = p;
  const out: SeedRecord[] = [];
  const push = (entity: SeedRecord['entity'], data: Base, retention?: string) =>
    out.push({
      id: data.id,
      entity,
      centre_id: data.centreId,
      device_id: data.deviceId,
      agent_id: data.agentId,
      rev: 1,
      created_at: data.createdAt,
      received_at: receivedAt,
      deleted: 0,
      data: data as unknown as Record<string, unknown>,
      retention_until: retention ?? null,
    });
  const base = (createdAt: string): Base => ({
    id: uuidv7(),
    centreId: p.centreId,
    deviceId: rnd.pick(p.deviceIds),
    agentId: rnd.pick(p.agentIds),
    createdAt,
    rev: 1,
  });
  const withContact = (e: Encounter) => {
    if (e.type !== 'individuel' || !rnd.chance(0.15)) return;
    const purposes = rnd.chance(0.7) ? (['rappel'] as const) : (['info_activites'] as const);
    const retention = addMonths(
      e.createdAt,
      purposes[0] === 'rappel' ? p.retentionMonths.rappel : p.retentionMonths.info_activites,
    );
    const c = {
      ...base(e.createdAt),
      agentId: e.agentId,
      deviceId: e.deviceId,
      consentPurposes: [...purposes],
      consentTextVersion: '2026-11',
      consentAt: e.createdAt,
      retentionUntil: retention,
      sealed: rnd.pick(p.sealed),
    };
    push('contact', c, retention);
    e.contactId = c.id;
    e.actions = [...e.actions, { kind: 'a_rappeler' }];
  };
  const encounter = (createdAt: string, outingId?: string) => {
    const e = encounterOf(p, base(createdAt), outingId);
    withContact(e);
    push('encounter', e);
    if (rnd.chance(0.1)) {
      const s: SurveyResponse = {
        ...base(at(new Date(createdAt), 0, 10)),
        context: 'accompagnement',
        language: 'fr',
        answers: {
          utile: rnd.int(3, 5),
          consignes_claires: rnd.int(2, 5),
          plus_autonome: rnd.int(2, 5),
          moins_stresse: rnd.int(2, 5),
        },
      };
      push('survey_response', s);
    }
  };

  for (let o = rnd.int(1, 3); o > 0; o--) {
    const startHour = rnd.pick([7, 8, 12, 13]);
    const place = rnd.pick(PLACES);
    const startedAt = at(day, startHour, rnd.int(0, 20));
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
    push('outing', outing);
    for (let i = rnd.int(4, 10); i > 0; i--) encounter(at(day, startHour, 25 + i * 15), outing.id);
  }
  // The centre's own desk, 8:00 to 17:00 (UTC).
  for (let i = rnd.int(20, 40); i > 0; i--) encounter(at(day, 7, rnd.int(0, 540)));
  // The kiosk in the hall: a guide opened, finished or left, a search now and then.
  for (let k = rnd.int(5, 15); k > 0; k--) {
    const when = at(day, 7, rnd.int(0, 540));
    const language = rnd.weighted([
      ['fr', 6],
      ['ar', 2],
      ['en', 1],
    ] as const);
    const guideId = rnd.pick(GUIDES);
    const events: KioskEvent['event'][] = ['open', rnd.chance(0.5) ? 'complete' : 'abandon'];
    if (rnd.chance(0.3)) events.push(rnd.chance(0.7) ? 'search_hit' : 'search_miss');
    for (const event of events) {
      const e: KioskEvent = {
        ...base(when),
        event,
        language,
        at: when,
        ...(event.startsWith('search') ? {} : { guideId }),
      };
      push('kiosk_event', e);
    }
  }
  return out.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
}

/** The UTC days of a calendar year. */
export function daysOf(year: number): Date[] {
  const days: Date[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += DAY_MS) days.push(new Date(t));
  return days;
}
