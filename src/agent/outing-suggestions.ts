// What the outing form suggests (issue 16 point 9), all from the tablet's own data, so it works
// offline: the usual places — this tablet's last outings first, then the places of the centre's
// planned permanences (pulled) — and the usual neighbourhoods — the centre's list (pulled with the
// centre, with its QPV flag), then those of the last outings and of the plan. One entry per place
// or neighbourhood however it was typed (« Wazemmes » and « wazemmes  » are one).
import type { BorneDatabase } from '../db/database';
import type { Centre } from '../shared/reference';
import { type OutingForm, recentPlaces } from './outings';

export interface NeighbourhoodSuggestion {
  name: string;
  /** Known from the centre's list or the plan; undefined when only typed on an outing. */
  qpv?: boolean;
}

export interface OutingSuggestions {
  places: OutingForm[];
  neighbourhoods: NeighbourhoodSuggestion[];
}

const key = (text: string) => text.trim().toLocaleLowerCase('fr');
const placeKey = (p: OutingForm) => [p.placeKind, key(p.placeLabel), key(p.neighbourhood)].join('\u0000');

export async function outingSuggestions(
  db: BorneDatabase,
  centre: Pick<Centre, 'id' | 'neighbourhoods'>,
  limits = { places: 6, neighbourhoods: 12 },
): Promise<OutingSuggestions> {
  const [recent, planned] = await Promise.all([
    recentPlaces(db, limits.places),
    db.permanences.where('centreId').equals(centre.id).toArray(),
  ]);
  const places = new Map<string, OutingForm>();
  const fromPlan = planned.map(
    (p): OutingForm => ({
      placeKind: p.placeKind,
      placeLabel: p.placeLabel,
      neighbourhood: p.neighbourhood,
      qpv: p.qpv,
      commune: p.commune ?? '',
    }),
  );
  for (const p of [...recent, ...fromPlan]) if (!places.has(placeKey(p))) places.set(placeKey(p), p);

  const neighbourhoods = new Map<string, NeighbourhoodSuggestion>();
  const add = (name: string, qpv?: boolean) => {
    const k = key(name);
    if (k && !neighbourhoods.has(k))
      neighbourhoods.set(k, qpv === undefined ? { name: name.trim() } : { name: name.trim(), qpv });
  };
  for (const n of centre.neighbourhoods ?? []) add(n.name, n.qpv);
  for (const p of recent) add(p.neighbourhood);
  for (const p of fromPlan) add(p.neighbourhood, p.qpv);
  return {
    places: [...places.values()].slice(0, limits.places),
    neighbourhoods: [...neighbourhoods.values()].slice(0, limits.neighbourhoods),
  };
}
