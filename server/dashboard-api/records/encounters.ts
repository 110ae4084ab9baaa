// Encounters as the dashboard lists them: the record as the tablet sent it, plus names, the
// outing's place, and the review state. The filters are SQL (filters-sql.ts).

import type {
  EncounterRow,
  OutingRow,
  OutingSummary,
  Review,
} from '../../../src/shared/dashboard-api/records';
import type { Encounter } from '../../../src/shared/records';
import type { EncounterRecord, Names, OutingRecord } from './load';

export interface EncounterFilter {
  type?: string[] | undefined;
  placeKind?: string[] | undefined;
  theme?: string[] | undefined;
  subTheme?: string[] | undefined;
  institution?: string[] | undefined;
  action?: string[] | undefined;
  partner?: string[] | undefined;
  review?: string[] | undefined;
}

export function partnerIdsOf(e: Encounter): string[] {
  return e.actions.flatMap((a) => (a.kind === 'orientation' && a.partnerId ? [a.partnerId] : []));
}

export function outingSummary(o: OutingRecord | undefined): OutingSummary | null {
  if (!o) return null;
  const r = o.record;
  return {
    id: o.id,
    placeKind: r.placeKind,
    placeLabel: r.placeLabel,
    neighbourhood: r.neighbourhood,
    qpv: r.qpv,
  };
}

export function encounterRow(
  e: EncounterRecord,
  names: Names,
  outing: OutingRecord | undefined,
  review: Review | undefined,
): EncounterRow {
  return {
    ...e.record,
    id: e.id,
    centreId: e.centreId,
    agentId: e.agentId,
    receivedAt: e.receivedAt,
    centreName: names.centres.get(e.centreId) ?? e.centreId,
    agentName: names.agents.get(e.agentId) ?? null,
    outing: outingSummary(outing),
    reviewState: review?.state ?? 'recu',
    hasContact: !!e.record.contactId,
  };
}

export function outingRow(
  o: OutingRecord,
  names: Names,
  encounterCount: number,
  review: Review | undefined,
): OutingRow {
  return {
    ...o.record,
    id: o.id,
    centreId: o.centreId,
    agentId: o.agentId,
    receivedAt: o.receivedAt,
    centreName: names.centres.get(o.centreId) ?? o.centreId,
    agentName: names.agents.get(o.agentId) ?? null,
    encounterCount,
    reviewState: review?.state ?? 'recu',
  };
}
export type { EncounterRow, OutingRow };
