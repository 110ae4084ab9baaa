// Outings ("aller vers") by kind of place, QPV and neighbourhood, with the encounters made there,
// from the groups the database counted (outing-sums.ts).
import { PLACE_KINDS } from '../../../src/shared/taxonomy';
import { add, zeros } from './counts';
import { byLatestLabel, type OutingSums } from './outing-sums';

export interface NeighbourhoodRow {
  neighbourhood: string;
  qpv: boolean;
  outings: number;
  encounters: number;
}

export function outingFigures(o: OutingSums) {
  const byPlaceKind = zeros(PLACE_KINDS);
  const qpv = { oui: 0, non: 0 };
  let total = 0;
  for (const g of o.groups) {
    add(byPlaceKind, g.placeKind, g.count);
    qpv[g.qpv ? 'oui' : 'non'] += g.count;
    total += g.count;
  }
  const rows = new Map<string, NeighbourhoodRow>();
  for (const r of byLatestLabel(o.groups, (g) => g.latest))
    rows.set(r.key, {
      neighbourhood: r.neighbourhood,
      qpv: r.rows.some((g) => g.qpv),
      outings: r.rows.reduce((a, g) => a + g.count, 0),
      encounters: 0,
    });
  for (const r of byLatestLabel(o.encounterPlaces, (g) => g.latest)) {
    const row = rows.get(r.key) ?? { neighbourhood: r.neighbourhood, qpv: false, outings: 0, encounters: 0 };
    row.qpv ||= r.rows.some((g) => g.qpv);
    row.encounters += r.rows.reduce((a, g) => a + g.encounters, 0);
    rows.set(r.key, row);
  }
  const byNeighbourhood = [...rows.values()].sort(
    (a, b) =>
      b.outings - a.outings ||
      b.encounters - a.encounters ||
      a.neighbourhood.localeCompare(b.neighbourhood, 'fr'),
  );
  return { total, byPlaceKind, qpv, byNeighbourhood };
}
