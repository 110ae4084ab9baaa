// Outings ("aller vers") by kind of place, QPV and neighbourhood, with the encounters made there.
import type { Encounter, Outing } from '../../../src/shared/records';
import { PLACE_KINDS } from '../../../src/shared/taxonomy';
import { add, zeros } from './counts';

export interface NeighbourhoodRow {
  neighbourhood: string;
  qpv: boolean;
  outings: number;
  encounters: number;
}

/** Neighbourhood names typed on tablets: "Wazemmes " and "wazemmes" are the same place. */
const key = (name: string) => name.trim().toLocaleLowerCase('fr');

/**
 * @param outings the outings that started in the period
 * @param encounters the encounters of the period
 * @param outingsById every outing an encounter may point to (also those started before the period)
 */
export function outingFigures(
  outings: readonly (Outing & { id: string })[],
  encounters: readonly Encounter[],
  outingsById: ReadonlyMap<string, Outing>,
) {
  const byPlaceKind = zeros(PLACE_KINDS);
  const qpv = { oui: 0, non: 0 };
  const rows = new Map<string, NeighbourhoodRow>();
  const row = (o: Outing) => {
    const k = key(o.neighbourhood) || '—';
    let r = rows.get(k);
    if (!r) {
      r = { neighbourhood: o.neighbourhood.trim() || 'Non précisé', qpv: false, outings: 0, encounters: 0 };
      rows.set(k, r);
    }
    r.qpv ||= o.qpv;
    return r;
  };
  for (const o of outings) {
    add(byPlaceKind, o.placeKind);
    qpv[o.qpv ? 'oui' : 'non']++;
    row(o).outings++;
  }
  for (const e of encounters) {
    const o = e.outingId ? outingsById.get(e.outingId) : undefined;
    if (o) row(o).encounters++;
  }
  const byNeighbourhood = [...rows.values()].sort(
    (a, b) =>
      b.outings - a.outings ||
      b.encounters - a.encounters ||
      a.neighbourhood.localeCompare(b.neighbourhood, 'fr'),
  );
  return { total: outings.length, byPlaceKind, qpv, byNeighbourhood };
}
