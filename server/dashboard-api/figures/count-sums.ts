// The additive figures of a period summed from figure_counts (migration 014, server/facts/counts.ts):
// the period's whole Paris months from the month rows, its edge days from the day rows, so a
// territory's year reads 12 rows per centre and key instead of every fact of the year. What is not
// additive (outings and their places, distinct people) and any figure filtered by agent are still
// asked of the facts (encounter-sums.ts and its neighbours).
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { ENCOUNTER_VALUE_KINDS, key, NULL_PART } from '../../facts/counts';
import { inIds } from '../scope';
import type { EncounterSums, TypeSums } from './encounter-sums';
import type { KioskGroup, KioskSums } from './kiosk';
import { num } from './sql';
import type { SurveySums } from './survey';

/** Whole Paris days, inclusive, and the centres. */
export interface CountScope {
  centreIds: string[];
  from: string;
  to: string;
}

const lastDay = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
};
const nextMonth = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

/** [from, to] as whole months (their first days, inclusive) and the days outside them. */
export function splitPeriod(from: string, to: string) {
  const first = from.endsWith('-01') ? from.slice(0, 7) : nextMonth(from.slice(0, 7));
  const last = lastDay(to.slice(0, 7)) === to ? to.slice(0, 7) : previousMonth(to.slice(0, 7));
  if (first > last) return { months: null, days: [[from, to]] as [string, string][] };
  const days: [string, string][] = [];
  if (from < `${first}-01`) days.push([from, dayBefore(`${first}-01`)]);
  if (to > lastDay(last)) days.push([dayAfter(lastDay(last)), to]);
  return { months: [`${first}-01`, `${last}-01`] as [string, string], days };
}

function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
const shift = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const dayBefore = (day: string) => shift(day, -1);
const dayAfter = (day: string) => shift(day, 1);

// biome-ignore lint/suspicious/noExplicitAny: figure_counts under its own name or an alias.
type Eb = ExpressionBuilder<any, any>;

/** The count rows of the scope's centres and period (alias `t`): whole months, then edge days. */
function inScopeAndPeriod(eb: Eb, s: CountScope, t = 'figure_counts') {
  const { months, days } = splitPeriod(s.from, s.to);
  const span = (name: 'd' | 'm', a: string, b: string) =>
    eb.and([eb(`${t}.span`, '=', name), eb(`${t}.day`, '>=', a), eb(`${t}.day`, '<=', b)]);
  const ors = days.map(([a, b]) => span('d', a, b));
  if (months) ors.push(span('m', months[0], months[1]));
  return eb.and([inIds(eb, `${t}.centre_id`, s.centreIds), eb.or(ors)]);
}

/** kind → value → Σ n, Σ total over the scope and period (keys whose facts are all gone left out),
 *  but the encounters per outing (placeCounts). */
export async function countRows(db: Kysely<DB>, s: CountScope) {
  const rows = await db
    .selectFrom('figure_counts')
    .where((eb) => inScopeAndPeriod(eb, s))
    .where('kind', '<>', 'outing')
    .select((eb) => ['kind', 'value', eb.fn.sum('n').as('n'), eb.fn.sum('total').as('total')])
    .groupBy(['kind', 'value'])
    .having((eb) => eb.fn.sum('n'), '<>', 0)
    .execute();
  const out = new Map<string, Map<string, { n: number; total: number }>>();
  for (const r of rows) {
    const m = out.get(r.kind) ?? out.set(r.kind, new Map()).get(r.kind)!;
    m.set(r.value, { n: num(r.n), total: num(r.total) });
  }
  return out;
}

type Counts = Awaited<ReturnType<typeof countRows>>;

const parts = (value: string) => value.split('|').map((p) => (p === NULL_PART ? null : p));
const numOrNull = (p: string | null) => (p === null ? null : Number(p));
const each = (c: Counts, kind: string) => [
  ...(c.get(kind) ?? new Map<string, { n: number; total: number }>()),
];

/** The encounters' sums, as encounterSums asks them of the facts. */
export function encounterCounts(c: Counts): EncounterSums {
  const byType = new Map<string, TypeSums>();
  let count = 0;
  let timed = 0;
  let minutes = 0;
  for (const [v, r] of each(c, 'type')) {
    count += r.n;
    const type = parts(v)[0]!;
    byType.set(type, { count: r.n, people: r.total, firstTime: c.get('type_first')?.get(v)?.n ?? 0 });
  }
  for (const [, r] of each(c, 'type_timed')) {
    timed += r.n;
    minutes += r.total;
  }
  const values = new Map<string, Map<string, number>>();
  for (const kind of ENCOUNTER_VALUE_KINDS)
    for (const [v, r] of each(c, `v:${kind}`)) {
      const m = values.get(kind) ?? values.set(kind, new Map()).get(kind)!;
      m.set(parts(v)[0]!, r.total);
    }
  const timeBy = new Map<string, Map<string, { count: number; minutes: number }>>();
  for (const kind of ['institution', 'equipment'])
    for (const [v, r] of each(c, `time:${kind}`)) {
      const m = timeBy.get(kind) ?? timeBy.set(kind, new Map()).get(kind)!;
      m.set(parts(v)[0]!, { count: r.n, minutes: r.total });
    }
  return {
    byType,
    minutes,
    withoutDuration: count - timed,
    values,
    autonomy: new Map(each(c, 'autonomy').map(([v, r]) => [parts(v)[0]!, r.n])),
    sexByAge: each(c, 'sex_age').map(([v, r]) => {
      const [sex, ageBand] = parts(v) as [string | null, string | null];
      return { sex, ageBand, count: r.n };
    }),
    timeBy,
    withoutInstitutionMin: c.get('no_institution')?.get('')?.total ?? 0,
    withoutEquipment: c.get('no_equipment')?.get('')?.n ?? 0,
  };
}

export function kioskCounts(c: Counts): KioskSums {
  return {
    groups: each(c, 'kiosk').map(([v, r]) => {
      const [event, guideId, step, activityId, language] = parts(v) as (string | null)[];
      return {
        event: event!,
        guideId: guideId!,
        step: numOrNull(step!),
        activityId: activityId!,
        language: language!,
        count: r.n,
      } as KioskGroup;
    }),
    uses: each(c, 'kiosk_use').map(([v, r]) => {
      const [weekday, hour] = parts(v);
      return { weekday: Number(weekday), hour: Number(hour), count: r.n };
    }),
  };
}

export function surveyCounts(c: Counts): SurveySums {
  return {
    responses: c.get('survey')?.get('')?.n ?? 0,
    scores: new Map(
      each(c, 'v:survey_score').map(([v, r]) => [parts(v)[0]!, { answers: r.n, total: r.total }]),
    ),
  };
}

/** Encounters recorded by these agents (the volunteers), and the people they reached. */
export function volunteerCounts(c: Counts, agentIds: readonly string[]) {
  const out = { accompaniments: 0, peopleReached: 0 };
  for (const id of agentIds) {
    const r = c.get('agent')?.get(key(id));
    out.accompaniments += r?.n ?? 0;
    out.peopleReached += r?.total ?? 0;
  }
  return out;
}

/** The period's encounters by their outing's place (kind `outing`, joined to the outings of the
 *  scope's centres by id): per (key, spelling), latest left to encounterPlacesCounted. */
export async function placeCounts(db: Kysely<DB>, s: CountScope) {
  if (!s.centreIds.length) return [];
  const rows = await db
    .selectFrom('figure_counts as fc')
    .innerJoin('outing_facts as o', 'o.record_id', 'fc.value')
    .where((eb) => inScopeAndPeriod(eb, s, 'fc'))
    .where('fc.kind', '=', 'outing')
    .where('o.centre_id', 'in', s.centreIds)
    .select((eb) => [
      'o.neighbourhood_key',
      'o.neighbourhood',
      eb.fn.max('o.qpv').as('qpv'),
      eb.fn.sum('fc.n').as('encounters'),
    ])
    .groupBy(['o.neighbourhood_key', 'o.neighbourhood'])
    .having((eb) => eb.fn.sum('fc.n'), '<>', 0)
    .execute();
  return rows.map((p) => ({
    key: p.neighbourhood_key,
    label: p.neighbourhood,
    qpv: num(p.qpv) === 1,
    encounters: num(p.encounters),
    latest: '',
  }));
}
