// What the coverage page counts, asked of the database (outing_facts and encounter_facts, filled
// at push): per centre × neighbourhood of the list, the last visit ever, the outings and hours of
// the period and the people met on them; and which planned occurrences an outing held.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { neighbourhoodKey } from '../../facts/extract';
import { num } from '../figures/sql';

export interface PlaceSums {
  centreId: string;
  key: string;
  lastVisitAt: string | null;
  outings: number;
  /** Σ capped duration of the period's ended outings, ms. */
  ms: number;
  peopleMet: number;
}

export async function coverageSums(
  db: Kysely<DB>,
  q: {
    centreIds: string[];
    neighbourhoods: { centreId: string; name: string }[];
    /** Period days (Paris) and its instants; `nowIso`: outings recorded after it are not counted. */
    from: string;
    to: string;
    startIso: string;
    endIso: string;
    dueUntil: string;
    nowIso: string;
  },
): Promise<{ places: PlaceSums[]; held: Set<string> }> {
  const keys = [...new Set(q.neighbourhoods.map((n) => neighbourhoodKey(n.name)))];
  if (!keys.length || !q.centreIds.length) return { places: [], held: new Set() };
  const outings = () =>
    db
      .selectFrom('outing_facts as o')
      .where('o.centre_id', 'in', q.centreIds)
      .where('o.created_at', '<', q.nowIso)
      .where('o.neighbourhood_key', 'in', keys);
  const [visits, met, held] = await Promise.all([
    outings()
      .select((eb) => {
        const inPeriod = eb.and([eb('o.start_day', '>=', q.from), eb('o.start_day', '<=', q.to)]);
        return [
          'o.centre_id',
          'o.neighbourhood_key',
          eb.fn.max('o.started_at').as('last'),
          eb.fn.sum(eb.case().when(inPeriod).then(1).else(0).end()).as('outings'),
          eb.fn.sum(eb.case().when(inPeriod).then(eb.ref('o.duration_ms')).else(0).end()).as('ms'),
        ];
      })
      .groupBy(['o.centre_id', 'o.neighbourhood_key'])
      .execute(),
    outings()
      .innerJoin('encounter_facts as ef', 'ef.outing_id', 'o.record_id')
      .where('o.start_day', '>=', q.from)
      .where('o.start_day', '<=', q.to)
      .where('ef.centre_id', 'in', q.centreIds)
      .where('ef.created_at', '>=', q.startIso)
      .where('ef.created_at', '<', q.endIso)
      .select((eb) => ['o.centre_id', 'o.neighbourhood_key', eb.fn.sum('ef.people').as('people')])
      .groupBy(['o.centre_id', 'o.neighbourhood_key'])
      .execute(),
    db
      .selectFrom('outing_facts as o')
      .where('o.centre_id', 'in', q.centreIds)
      .where('o.created_at', '<', q.nowIso)
      .where('o.permanence_id', 'is not', null)
      .where('o.planned_date', '>=', q.from)
      .where('o.planned_date', '<=', q.dueUntil)
      .select(['o.permanence_id', 'o.planned_date'])
      .distinct()
      .execute(),
  ]);
  const people = new Map(met.map((m) => [`${m.centre_id}\u0000${m.neighbourhood_key}`, num(m.people)]));
  return {
    places: visits.map((v) => ({
      centreId: v.centre_id,
      key: v.neighbourhood_key,
      lastVisitAt: v.last === null ? null : String(v.last),
      outings: num(v.outings),
      ms: num(v.ms),
      peopleMet: people.get(`${v.centre_id}\u0000${v.neighbourhood_key}`) ?? 0,
    })),
    held: new Set(held.map((h) => `${h.permanence_id} ${h.planned_date}`)),
  };
}
