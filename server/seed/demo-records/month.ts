// A realistic month of outreach for the demo centre: outings on weekdays at the centre's usual
// places, encounters with profiles, needs and what was done, some contacts (sealed to the centre's
// key), kiosk events and survey answers. Pure: returns the mutations and its own tally, counted
// here independently of the dashboard's figures code so tests can compare the two.
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

export interface DemoTally {
  outings: number;
  encounters: number;
  individuel: number;
  collectif: number;
  collectifParticipants: number;
  information: number;
  contacts: number;
  kioskEvents: number;
  surveyResponses: number;
  byInstitution: Record<string, number>;
}

export interface PlannedRecord {
  entity: 'outing' | 'encounter' | 'contact' | 'kiosk_event' | 'survey_response';
  record: Record<string, unknown>;
  /** Personal fields to seal for a contact. */
  personal?: Record<string, unknown>;
}

interface Ctx {
  rnd: Random;
  centreId: string;
  deviceId: string;
  agentIds: string[];
  partnerIds: string[];
  activityIds: string[];
  retentionMonths: { rappel: number; info_activites: number };
}

const at = (day: Date, hour: number, minute: number) =>
  new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour, minute)).toISOString();

function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString();
}

/** Every record of the days [from, to) (UTC days; weekdays only), in creation order. */
export function planDemoRecords(
  ctx: Ctx,
  from: Date,
  to: Date,
): { records: PlannedRecord[]; tally: DemoTally } {
  const { rnd } = ctx;
  const records: PlannedRecord[] = [];
  const tally: DemoTally = {
    outings: 0,
    encounters: 0,
    individuel: 0,
    collectif: 0,
    collectifParticipants: 0,
    information: 0,
    contacts: 0,
    kioskEvents: 0,
    surveyResponses: 0,
    byInstitution: {},
  };
  const base = (agentId: string, createdAt: string) => ({
    id: uuidv7(),
    centreId: ctx.centreId,
    deviceId: ctx.deviceId,
    agentId,
    createdAt,
    rev: 1,
  });

  for (let day = new Date(from); day < to; day = new Date(day.getTime() + 86_400_000)) {
    const weekday = day.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const startHour of [8, 13]) {
      const agentId = rnd.pick(ctx.agentIds);
      const place = rnd.pick(PLACES);
      const startedAt = at(day, startHour, rnd.int(0, 20));
      const outing: Outing = {
        ...base(agentId, startedAt),
        placeKind: place.kind,
        placeLabel: place.label,
        neighbourhood: place.neighbourhood,
        qpv: place.qpv,
        commune: 'Lille',
        startedAt,
        endedAt: at(day, startHour + 3, 0),
      };
      records.push({ entity: 'outing', record: outing });
      tally.outings++;
      const count = rnd.int(2, 6);
      for (let i = 0; i < count; i++) {
        const createdAt = at(day, startHour, 25 + i * 25);
        const type = rnd.weighted([
          ['individuel', 14],
          ['information', 4],
          ['collectif', 1],
        ] as const);
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
        const encounter: Encounter = {
          ...base(agentId, createdAt),
          outingId: outing.id,
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
          encounter.participants = { count: n, bySex: { feminin: women, masculin: n - women } };
          tally.collectifParticipants += n;
        } else {
          encounter.profile = {
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
          encounter.autonomy = rnd.weighted([
            ['entierement_accompagne', 3],
            ['partiellement_autonome', 3],
            ['autonome', 1],
          ] as const);
        }
        if (type === 'individuel' && rnd.chance(0.15)) {
          const purposes = rnd.chance(0.7) ? (['rappel'] as const) : (['info_activites'] as const);
          const contactId = uuidv7();
          const firstName = rnd.pick(FIRST_NAMES);
          records.push({
            entity: 'contact',
            record: {
              ...base(agentId, createdAt),
              id: contactId,
              consentPurposes: [...purposes],
              consentTextVersion: '2026-11',
              consentAt: createdAt,
              retentionUntil: addMonths(
                createdAt,
                purposes[0] === 'rappel' ? ctx.retentionMonths.rappel : ctx.retentionMonths.info_activites,
              ),
            },
            personal: {
              firstName,
              phone: `06 00 00 ${String(rnd.int(0, 99)).padStart(2, '0')} ${String(rnd.int(0, 99)).padStart(2, '0')}`,
              language: 'fr',
              preferredChannel: 'telephone',
            },
          });
          encounter.contactId = contactId;
          encounter.actions = [...encounter.actions, { kind: 'a_rappeler' }];
          tally.contacts++;
        }
        if (type === 'individuel') tally.individuel++;
        else if (type === 'information') tally.information++;
        else tally.collectif++;
        tally.encounters++;
        if (need.institution)
          tally.byInstitution[need.institution] = (tally.byInstitution[need.institution] ?? 0) + 1;
        records.push({ entity: 'encounter', record: encounter });
      }
      // The kiosk beside the agent: a few guides opened, some finished, a search now and then.
      for (let k = rnd.int(1, 4); k > 0; k--) {
        const when = at(day, startHour + 1, rnd.int(0, 59));
        const language = rnd.weighted([
          ['fr', 6],
          ['ar', 2],
          ['en', 1],
        ] as const);
        const guideId = rnd.pick(GUIDES);
        const events: KioskEvent['event'][] = [
          'open',
          ...(rnd.chance(0.5) ? (['complete'] as const) : (['abandon'] as const)),
        ];
        if (rnd.chance(0.3)) events.push(rnd.chance(0.7) ? 'search_hit' : 'search_miss');
        for (const event of events) {
          const e: KioskEvent = {
            ...base(agentId, when),
            event,
            language,
            at: when,
            ...(event.startsWith('search') ? {} : { guideId }),
          };
          records.push({ entity: 'kiosk_event', record: e });
          tally.kioskEvents++;
        }
      }
      if (rnd.chance(0.4)) {
        const when = at(day, startHour + 2, rnd.int(0, 59));
        const s: SurveyResponse = {
          ...base(agentId, when),
          context: 'accompagnement',
          language: 'fr',
          answers: {
            utile: rnd.int(3, 5),
            consignes_claires: rnd.int(2, 5),
            plus_autonome: rnd.int(2, 5),
            moins_stresse: rnd.int(2, 5),
          },
        };
        records.push({ entity: 'survey_response', record: s });
        tally.surveyResponses++;
      }
    }
  }
  return { records, tally };
}
