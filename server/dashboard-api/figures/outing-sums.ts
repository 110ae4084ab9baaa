// The outings of a period counted by the database (outing_facts, filled at push): groups by
// neighbourhood, kind of place and QPV, with their hours; and the period's encounters counted by
// the neighbourhood of the outing they were made on (an outing that may have started before).
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { type FactScope, inScope, num } from './sql';

const DAY_MS = 86_400_000;

export interface OutingGroup {
  /** neighbourhood_key: trimmed, lower-cased; label: one spelling of it, as typed (trimmed). */
  key: string;
  label: string;
  placeKind: string;
  qpv: boolean;
  count: number;
  ended: number;
  /** Σ capped duration of the ended outings, ms. */
  ms: number;
  /** The latest createdAt of the group, and of its ended outings. */
  latest: string;
  endedLatest: string;
}

export interface EncounterPlaceGroup {
  key: string;
  label: string;
  qpv: boolean;
  encounters: number;
  latest: string;
}

export interface OutingSums {
  groups: OutingGroup[];
  encounterPlaces: EncounterPlaceGroup[];
}

/** Outings that started in the period (createdAt within a day of it, as a tablet records them). */
export async function outingGroups(db: Kysely<DB>, s: FactScope): Promise<OutingGroup[]> {
  const around = {
    ...s,
    startIso: new Date(Date.parse(s.startIso) - DAY_MS).toISOString(),
    endIso: new Date(Date.parse(s.endIso) + DAY_MS).toISOString(),
  };
  const groups = await db
    .selectFrom('outing_facts as o')
    .where(inScope(around, 'o'))
    .where('o.started_at', '>=', s.startIso)
    .where('o.started_at', '<', s.endIso)
    .select((eb) => [
      'o.neighbourhood_key',
      'o.neighbourhood',
      'o.place_kind',
      'o.qpv',
      eb.fn.countAll().as('count'),
      eb.fn.count('o.duration_ms').as('ended'),
      eb.fn.sum('o.duration_ms').as('ms'),
      eb.fn.max('o.created_at').as('latest'),
      eb.fn
        .max(eb.case().when('o.duration_ms', 'is not', null).then(eb.ref('o.created_at')).else(null).end())
        .as('ended_latest'),
    ])
    .groupBy(['o.neighbourhood_key', 'o.neighbourhood', 'o.place_kind', 'o.qpv'])
    .execute();
  return groups.map((g) => ({
    key: g.neighbourhood_key,
    label: g.neighbourhood,
    placeKind: g.place_kind,
    qpv: num(g.qpv) === 1,
    count: num(g.count),
    ended: num(g.ended),
    ms: num(g.ms),
    latest: String(g.latest ?? ''),
    endedLatest: String(g.ended_latest ?? ''),
  }));
}

/** The period's encounters by the place of their outing (of the scope's centres, whoever made it),
 *  each (key, spelling) with the latest encounter's createdAt — from the encounter facts. */
export async function encounterPlaces(
  db: Kysely<DB>,
  s: FactScope,
  only?: { keys: string[] },
): Promise<EncounterPlaceGroup[]> {
  let q = db
    .selectFrom('encounter_facts as ef')
    .innerJoin('outing_facts as o', 'o.record_id', 'ef.outing_id')
    .where(inScope(s, 'ef'))
    .where('o.centre_id', 'in', s.centreIds.length ? s.centreIds : ['']);
  if (only) q = q.where('o.neighbourhood_key', 'in', only.keys);
  const places = await q
    .select((eb) => [
      'o.neighbourhood_key',
      'o.neighbourhood',
      eb.fn.max('o.qpv').as('qpv'),
      eb.fn.countAll().as('encounters'),
      eb.fn.max('ef.created_at').as('latest'),
    ])
    .groupBy(['o.neighbourhood_key', 'o.neighbourhood'])
    .execute();
  return places.map((p) => ({
    key: p.neighbourhood_key,
    label: p.neighbourhood,
    qpv: num(p.qpv) === 1,
    encounters: num(p.encounters),
    latest: String(p.latest ?? ''),
  }));
}

/**
 * The same groups from the encounters counted per outing (count-sums.ts placeCounts); the latest
 * encounter, which only chooses between two spellings of one place, is asked of the facts for
 * those places alone.
 */
export async function encounterPlacesCounted(
  db: Kysely<DB>,
  s: FactScope,
  counted: EncounterPlaceGroup[],
): Promise<EncounterPlaceGroup[]> {
  const labels = new Map<string, number>();
  for (const g of counted) labels.set(g.key, (labels.get(g.key) ?? 0) + 1);
  const spelt = [...labels].filter(([, n]) => n > 1).map(([k]) => k);
  if (!spelt.length) return counted;
  const latest = new Map(
    (await encounterPlaces(db, s, { keys: spelt })).map((p) => [`${p.key}\n${p.label}`, p.latest]),
  );
  return counted.map((g) => ({ ...g, latest: latest.get(`${g.key}\n${g.label}`) ?? '' }));
}

/**
 * Groups by neighbourhood key, each named by the spelling of its latest record (as the list,
 * newest first, shows it), « Non précisé » when blank.
 */
export function byLatestLabel<G extends { key: string; label: string }>(
  groups: readonly G[],
  latestOf: (g: G) => string,
): { key: string; neighbourhood: string; rows: G[] }[] {
  const byKey = new Map<string, G[]>();
  for (const g of groups) byKey.set(g.key, [...(byKey.get(g.key) ?? []), g]);
  return [...byKey].map(([key, rows]) => {
    const named = [...rows].sort(
      (a, b) => latestOf(b).localeCompare(latestOf(a)) || a.label.localeCompare(b.label),
    )[0]!;
    return { key, neighbourhood: named.label || 'Non précisé', rows };
  });
}
