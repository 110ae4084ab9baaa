// A realistic month of outreach for the demo centre: outings on weekdays at the centre's usual
// places, encounters with profiles, needs and what was done, some contacts (sealed to the centre's
// key), kiosk events and survey answers. Pure: returns the mutations and its own tally, counted
// here independently of the dashboard's figures code so tests can compare the two.
import type { Encounter } from '../../../src/shared/records';
import {
  at,
  type BuildCtx,
  buildContact,
  buildEncounter,
  buildKioskVisit,
  buildOuting,
  buildSurvey,
  newBase,
} from './builders';

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

interface Ctx extends BuildCtx {
  centreId: string;
  deviceId: string;
  agentIds: string[];
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
  const base = (agentId: string, createdAt: string) =>
    newBase(ctx.centreId, ctx.deviceId, agentId, createdAt);

  for (let day = new Date(from); day < to; day = new Date(day.getTime() + 86_400_000)) {
    const weekday = day.getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const startHour of [8, 13]) {
      const agentId = rnd.pick(ctx.agentIds);
      const outing = buildOuting(ctx, (startedAt) => base(agentId, startedAt), day, startHour);
      records.push({ entity: 'outing', record: outing });
      tally.outings++;
      const count = rnd.int(2, 6);
      for (let i = 0; i < count; i++) {
        const encounter = buildEncounter(ctx, base(agentId, at(day, startHour, 25 + i * 25)), outing.id);
        const contact = buildContact(ctx, encounter);
        if (contact) {
          records.push({ entity: 'contact', record: contact.record, personal: contact.personal });
          tally.contacts++;
        }
        count1(tally, encounter);
        records.push({ entity: 'encounter', record: encounter });
      }
      // The kiosk beside the agent: a few visits.
      for (let k = rnd.int(1, 4); k > 0; k--) {
        const when = at(day, startHour + 1, rnd.int(0, 59));
        for (const e of buildKioskVisit(ctx, () => base(agentId, when), when)) {
          records.push({ entity: 'kiosk_event', record: e });
          tally.kioskEvents++;
        }
      }
      if (rnd.chance(0.4)) {
        const when = at(day, startHour + 2, rnd.int(0, 59));
        records.push({ entity: 'survey_response', record: buildSurvey(ctx, base(agentId, when)) });
        tally.surveyResponses++;
      }
    }
  }
  return { records, tally };
}

/** The seed's own count of one encounter (independent of the dashboard's figures code). */
function count1(tally: DemoTally, e: Encounter) {
  if (e.type === 'individuel') tally.individuel++;
  else if (e.type === 'information') tally.information++;
  else {
    tally.collectif++;
    tally.collectifParticipants += e.participants?.count ?? 0;
  }
  tally.encounters++;
  const institution = e.institutions?.[0];
  if (institution) tally.byInstitution[institution] = (tally.byInstitution[institution] ?? 0) + 1;
}
