// The needs beyond the digital and « À la maison », counted by neighbourhood by the database
// (issue 11 points 4, 5): GROUP BY over record_values (kinds need, at_home_*, written at push by
// server/facts/encounter.ts), each encounter placed in the neighbourhood of its outing
// (outing_facts.neighbourhood_key, so « Wazemmes » and « wazemmes » are one). The small-cell rule is
// applied here, before anything leaves the server.
import type { Kysely } from 'kysely';
import type {
  NeighbourhoodNeeds,
  NeighbourhoodNeedsRow,
} from '../../../src/shared/dashboard-api/neighbourhoods';
import { protectPeople } from '../../../src/shared/small-cells';
import { HOME_EQUIPMENT, NEEDS, YES_NO_UNKNOWN } from '../../../src/shared/taxonomy';
import type { DB } from '../../db/schema';
import { inScope, num } from '../figures/sql';

export interface NeedsScope {
  centreIds: string[];
  period: { from: string; to: string; startIso: string; endIso: string };
  agentIds?: string[] | undefined;
}

const KINDS = ['need', ...HOME_EQUIPMENT.map((item) => `at_home_${item}`)];

/** Raw counts per neighbourhood key ('' = none known): encounters, and kind → value → encounters. */
interface Raw {
  names: Map<string, number>;
  encounters: number;
  values: Map<string, number>;
}

export async function neighbourhoodNeeds(db: Kysely<DB>, q: NeedsScope): Promise<NeighbourhoodNeeds> {
  const scope = {
    centreIds: q.centreIds,
    startIso: q.period.startIso,
    endIso: q.period.endIso,
    agentIds: q.agentIds,
  };
  const [encounters, values] = await Promise.all([
    db
      .selectFrom('encounter_facts as ef')
      .leftJoin('outing_facts as o', 'o.record_id', 'ef.outing_id')
      .where(inScope(scope, 'ef'))
      .select((eb) => ['o.neighbourhood_key as nkey', 'o.neighbourhood as name', eb.fn.countAll().as('n')])
      .groupBy(['o.neighbourhood_key', 'o.neighbourhood'])
      .execute(),
    db
      .selectFrom('record_values as rv')
      .innerJoin('encounter_facts as ef', 'ef.record_id', 'rv.record_id')
      .leftJoin('outing_facts as o', 'o.record_id', 'ef.outing_id')
      .where(inScope(scope, 'rv'))
      .where('rv.entity', '=', 'encounter')
      .where('rv.kind', 'in', KINDS)
      .select((eb) => ['o.neighbourhood_key as nkey', 'rv.kind', 'rv.value', eb.fn.countAll().as('n')])
      .groupBy(['o.neighbourhood_key', 'rv.kind', 'rv.value'])
      .execute(),
  ]);
  const raw = new Map<string, Raw>();
  const at = (key: string | null) => {
    const k = key ?? '';
    let r = raw.get(k);
    if (!r) {
      r = { names: new Map(), encounters: 0, values: new Map() };
      raw.set(k, r);
    }
    return r;
  };
  for (const e of encounters) {
    const r = at(e.nkey);
    const n = num(e.n);
    r.encounters += n;
    if (e.name) r.names.set(e.name, (r.names.get(e.name) ?? 0) + n);
  }
  for (const v of values) {
    const r = at(v.nkey);
    const k = `${v.kind}:${v.value}`;
    r.values.set(k, (r.values.get(k) ?? 0) + num(v.n));
  }
  const rows = [...raw.entries()].map(([key, r]) => toRow(key ? spelling(r.names) : null, r));
  rows.sort((a, b) =>
    a.neighbourhood === null
      ? 1
      : b.neighbourhood === null
        ? -1
        : a.neighbourhood.localeCompare(b.neighbourhood, 'fr'),
  );
  return { period: { from: q.period.from, to: q.period.to }, centreIds: q.centreIds, rows };
}

/** The spelling most encounters were recorded under (ties: the first in French order), the same on
 *  both databases whatever their collation. */
function spelling(names: Map<string, number>): string {
  return [...names.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'fr'))[0]![0];
}

function toRow(neighbourhood: string | null, r: Raw): NeighbourhoodNeedsRow {
  const cell = (k: string) => protectPeople(r.values.get(k) ?? 0);
  return {
    neighbourhood,
    encounters: protectPeople(r.encounters),
    needs: Object.fromEntries(NEEDS.map((n) => [n, cell(`need:${n}`)])) as NeighbourhoodNeedsRow['needs'],
    atHome: Object.fromEntries(
      HOME_EQUIPMENT.map((item) => [
        item,
        Object.fromEntries(YES_NO_UNKNOWN.map((a) => [a, cell(`at_home_${item}:${a}`)])),
      ]),
    ) as NeighbourhoodNeedsRow['atHome'],
  };
}
