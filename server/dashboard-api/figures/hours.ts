// The hours the CAF convention asks for (issue 11): hours of permanence (outings, by kind of place
// and by neighbourhood), time of accompaniment per institution (each encounter's duration), and
// accompaniments on the centre's tablet vs the resident's own phone. Each a sum a person can redo;
// the database made the sums (encounter-sums.ts, outing-sums.ts).
import { EQUIPMENT, INSTITUTIONS, PLACE_KINDS } from '../../../src/shared/taxonomy';
import { add, round2, zeros } from './counts';
import type { EncounterSums } from './encounter-sums';
import { byLatestLabel, type OutingSums } from './outing-sums';

const HOUR_MS = 3_600_000;

/** Ended outings only: end − start, capped at 12 h (server/facts/extract.ts); not ended, apart. */
export function permanenceHours(o: OutingSums) {
  const byPlaceKind = zeros(PLACE_KINDS);
  let totalMs = 0;
  let notEnded = 0;
  for (const g of o.groups) {
    notEnded += g.count - g.ended;
    totalMs += g.ms;
    add(byPlaceKind, g.placeKind, g.ms);
  }
  for (const kind of PLACE_KINDS) byPlaceKind[kind] = round2(byPlaceKind[kind] / HOUR_MS);
  const byNeighbourhood = byLatestLabel(
    o.groups.filter((g) => g.ended > 0),
    (g) => g.endedLatest,
  )
    .map((r) => ({
      neighbourhood: r.neighbourhood,
      hours: round2(r.rows.reduce((a, g) => a + g.ms, 0) / HOUR_MS),
      outings: r.rows.reduce((a, g) => a + g.ended, 0),
    }))
    .sort((a, b) => b.hours - a.hours || a.neighbourhood.localeCompare(b.neighbourhood, 'fr'));
  return { total: round2(totalMs / HOUR_MS), notEnded, byPlaceKind, byNeighbourhood };
}

/**
 * Minutes of accompaniment per institution: an encounter's full duration counts for each
 * institution it names (so the rows may add up to more than the total, which counts it once).
 */
export function accompanimentTime(s: EncounterSums) {
  const byInstitution = zeros(INSTITUTIONS);
  for (const [id, t] of s.timeBy.get('institution') ?? []) add(byInstitution, id, t.minutes);
  return {
    totalMin: s.minutes,
    withoutDuration: s.withoutDuration,
    withoutInstitutionMin: s.withoutInstitutionMin,
    byInstitution,
  };
}

/** Accompaniments (and their minutes) by the equipment used: the borne's tablet, the person's phone. */
export function equipmentUse(s: EncounterSums) {
  const count = zeros(EQUIPMENT);
  const minutes = zeros(EQUIPMENT);
  for (const [id, t] of s.timeBy.get('equipment') ?? []) {
    add(count, id, t.count);
    add(minutes, id, t.minutes);
  }
  return { count, minutes, notSaid: s.withoutEquipment };
}
