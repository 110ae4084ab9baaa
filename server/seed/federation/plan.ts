// One centre's year for the federation seed (scale benchmark): every weekday, one to three outings
// with their encounters, the encounters at the centre's own desk, kiosk visits and survey answers,
// and contacts for one individual accompaniment in seven — built by the demo's record builders
// (../demo-records/builders.ts) at a busy centre's rate (about 45 encounters a weekday, so 300
// centres make about 3.5 million a year). Pure and seeded: the same centre index gives the same
// year. Records come out a day at a time, stored as a push would store them (the `records` row,
// with its parsed body).
import {
  at,
  type Base,
  type BuildCtx,
  buildContact,
  buildEncounter,
  buildKioskVisit,
  buildOuting,
  buildSurvey,
  newBase,
} from '../demo-records/builders';

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

export interface CentrePlan extends BuildCtx {
  centreId: string;
  deviceIds: string[];
  agentIds: string[];
  /** A few sealed boxes of the centre's key, reused by its contacts (opening them works; sealing
   *  each of a year's thousands of contacts would cost more than the rest of the seed). */
  sealed: unknown[];
}

const DAY_MS = 86_400_000;

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
  const base = (createdAt: string): Base =>
    newBase(p.centreId, rnd.pick(p.deviceIds), rnd.pick(p.agentIds), createdAt);
  const encounter = (createdAt: string, outingId?: string) => {
    const e = buildEncounter(p, base(createdAt), outingId);
    const contact = buildContact(p, e);
    if (contact) {
      const { record } = contact;
      push('contact', { ...record, sealed: rnd.pick(p.sealed) } as Base, record.retentionUntil);
    }
    push('encounter', e);
    // One person in ten answers the questionnaire, ten minutes later.
    const answeredAt = new Date(Date.parse(createdAt) + 10 * 60_000).toISOString();
    if (rnd.chance(0.1)) push('survey_response', buildSurvey(p, base(answeredAt)));
  };

  for (let o = rnd.int(1, 3); o > 0; o--) {
    const startHour = rnd.pick([7, 8, 12, 13]);
    const outing = buildOuting(p, base, day, startHour);
    push('outing', outing);
    for (let i = rnd.int(4, 10); i > 0; i--) encounter(at(day, startHour, 25 + i * 15), outing.id);
  }
  // The centre's own desk, 8:00 to 17:00 (UTC).
  for (let i = rnd.int(20, 40); i > 0; i--) encounter(at(day, 7, rnd.int(0, 540)));
  // The kiosk in the hall.
  for (let k = rnd.int(5, 15); k > 0; k--) {
    const when = at(day, 7, rnd.int(0, 540));
    for (const e of buildKioskVisit(p, () => base(when), when)) push('kiosk_event', e);
  }
  return out.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
}

/** The UTC days of a calendar year. */
export function daysOf(year: number): Date[] {
  const days: Date[] = [];
  for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += DAY_MS) days.push(new Date(t));
  return days;
}
