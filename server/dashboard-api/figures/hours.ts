// The hours the CAF convention asks for (issue 11): hours of permanence (outings, by kind of place
// and by neighbourhood), time of accompaniment per institution (each encounter's duration), and
// accompaniments on the centre's tablet vs the resident's own phone. Each a sum a person can redo.
import type { Encounter, Outing } from '../../../src/shared/records';
import { EQUIPMENT, INSTITUTIONS, PLACE_KINDS } from '../../../src/shared/taxonomy';
import { add, round2, zeros } from './counts';

/** An outing left open longer than this (forgotten « Terminer ») counts this long, no more. */
export const MAX_OUTING_HOURS = 12;
const HOUR_MS = 3_600_000;

/** Hours of an outing: end − start, capped; an outing not ended yet counts 0 and is reported apart. */
export function outingHours(o: Outing): number | undefined {
  if (!o.endedAt) return undefined;
  const ms = Date.parse(o.endedAt) - Date.parse(o.startedAt);
  return Math.min(Math.max(ms, 0) / HOUR_MS, MAX_OUTING_HOURS);
}

/** Neighbourhood names typed on tablets: "Wazemmes " and "wazemmes" are one. */
const key = (name: string) => name.trim().toLocaleLowerCase('fr');

export function permanenceHours(outings: readonly Outing[]) {
  const byPlaceKind = zeros(PLACE_KINDS);
  const rows = new Map<string, { neighbourhood: string; hours: number; outings: number }>();
  let total = 0;
  let notEnded = 0;
  for (const o of outings) {
    const h = outingHours(o);
    if (h === undefined) {
      notEnded++;
      continue;
    }
    total += h;
    add(byPlaceKind, o.placeKind, h);
    const k = key(o.neighbourhood) || '—';
    const row = rows.get(k) ?? {
      neighbourhood: o.neighbourhood.trim() || 'Non précisé',
      hours: 0,
      outings: 0,
    };
    row.hours += h;
    row.outings++;
    rows.set(k, row);
  }
  for (const kind of PLACE_KINDS) byPlaceKind[kind] = round2(byPlaceKind[kind]);
  const byNeighbourhood = [...rows.values()]
    .map((r) => ({ ...r, hours: round2(r.hours) }))
    .sort((a, b) => b.hours - a.hours || a.neighbourhood.localeCompare(b.neighbourhood, 'fr'));
  return { total: round2(total), notEnded, byPlaceKind, byNeighbourhood };
}

/**
 * Minutes of accompaniment per institution: an encounter's full duration counts for each
 * institution it names (so the rows may add up to more than the total, which counts it once).
 */
export function accompanimentTime(encounters: readonly Encounter[]) {
  const byInstitution = zeros(INSTITUTIONS);
  let totalMin = 0;
  let withoutDuration = 0;
  let withoutInstitutionMin = 0;
  for (const e of encounters) {
    if (e.durationMin === undefined) {
      withoutDuration++;
      continue;
    }
    totalMin += e.durationMin;
    const institutions = [...new Set(e.institutions ?? [])];
    if (institutions.length === 0) withoutInstitutionMin += e.durationMin;
    for (const i of institutions) add(byInstitution, i, e.durationMin);
  }
  return { totalMin, withoutDuration, withoutInstitutionMin, byInstitution };
}

/** Accompaniments (and their minutes) by the equipment used: the borne's tablet, the person's phone. */
export function equipmentUse(encounters: readonly Encounter[]) {
  const count = zeros(EQUIPMENT);
  const minutes = zeros(EQUIPMENT);
  let notSaid = 0;
  for (const e of encounters) {
    const used = [...new Set(e.equipment ?? [])];
    if (used.length === 0) notSaid++;
    for (const eq of used) {
      add(count, eq);
      add(minutes, eq, e.durationMin ?? 0);
    }
  }
  return { count, minutes, notSaid };
}
