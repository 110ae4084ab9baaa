// Encounters as the dashboard lists them: the record as the tablet sent it, plus names, the
// outing's place, and the review state. Filters are pure functions over the loaded records.

import type {
  EncounterRow,
  OutingRow,
  OutingSummary,
  Review,
  ReviewState,
} from '../../../src/shared/dashboard-api/records';
import type { Encounter, Outing } from '../../../src/shared/records';
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

const anyOf = (wanted: string[] | undefined, have: readonly string[] | undefined) =>
  !wanted?.length || (have ?? []).some((x) => wanted.includes(x));

export function partnerIdsOf(e: Encounter): string[] {
  return e.actions.flatMap((a) => (a.kind === 'orientation' && a.partnerId ? [a.partnerId] : []));
}

export function matchesEncounter(
  e: Encounter,
  f: EncounterFilter,
  outing: Outing | undefined,
  reviewState: ReviewState,
): boolean {
  return (
    anyOf(f.type, [e.type]) &&
    anyOf(f.placeKind, outing ? [outing.placeKind] : []) &&
    anyOf(f.theme, e.themes) &&
    anyOf(f.subTheme, e.subThemes) &&
    anyOf(f.institution, e.institutions) &&
    anyOf(
      f.action,
      e.actions.map((a) => a.kind),
    ) &&
    anyOf(f.partner, partnerIdsOf(e)) &&
    anyOf(f.review, [reviewState])
  );
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
