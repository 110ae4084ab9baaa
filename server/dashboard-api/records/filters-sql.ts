// The records lists' filters as SQL over the figures' side tables (migration 010, filled at push by
// server/facts/extract.ts): an encounter of the scope and period is a row of encounter_facts (only
// live records have facts), each value filter (theme, institution…) a look-up of its row in
// record_values, a place kind or review state an EXISTS on outing_facts or `reviews` (« reçu »
// when there is none). The same rule gives a page, its total and the pages of an export, so the
// list, the count and the file always agree; the count only starts from another end (matchingIds).
//
// A value filter is a probe — `(SELECT 1 … WHERE record_id = the row's LIMIT 1) IS NOT NULL`, one
// look-up in record_values' primary key per row met — rather than an EXISTS: PostgreSQL plans an
// EXISTS as a join, and then chooses a join order and method from its estimates: for a page's
// merge of 30 centres, 50-70 ms of planning against 2-10 ms (PostgreSQL 15), and on tables not
// analysed yet (just after a large push) a nested loop over both filters' rows (10,000 encounters:
// 42 s) where a probe costs what it always costs. A page walks its centres newest first and stops
// after a page: a probe per row met is all it needs.
import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { DB } from '../../db/schema';
import type { EncounterFilter } from './encounters';
import type { RecordsQuery } from './query';

/**
 * Each list filter and the record_values kind it reads (server/facts/encounter.ts), the narrowest
 * first: a count starts from the first one asked (an encounter names few partners, while every
 * encounter has a theme).
 */
const VALUE_FILTERS: [keyof EncounterFilter, string][] = [
  ['partner', 'orientation_partner'],
  ['subTheme', 'sub_theme'],
  ['institution', 'institution'],
  ['action', 'action'],
  ['theme', 'theme'],
];

type Probed = ExpressionBuilder<DB & { f: DB['encounter_facts'] } & { v: DB['record_values'] }, 'f' | 'v'>;

/** The record `ref` has a record_values row of `kind` with one of `values` (one key look-up). */
function hasValue(eb: Probed, ref: 'f.record_id' | 'v.record_id', kind: string, values: string[]) {
  return eb(
    eb
      .selectFrom('record_values as p')
      .select(sql<number>`1`.as('one'))
      .whereRef('p.record_id', '=', ref)
      .where('p.kind', '=', kind)
      .where('p.value', 'in', values)
      .limit(1),
    'is not',
    null,
  );
}

/** encounter_facts rows (alias f) of the query's scope, period, agents and filters. */
export function encountersWhere(db: Kysely<DB>, q: RecordsQuery) {
  const f = q.filter;
  let query = db
    .selectFrom('encounter_facts as f')
    .where((eb) => (q.centreIds.length ? eb('f.centre_id', 'in', q.centreIds) : eb.or([])))
    .where('f.created_at', '>=', q.period.startIso)
    .where('f.created_at', '<', q.period.endIso);
  if (q.agentIds?.length) query = query.where('f.agent_id', 'in', q.agentIds);
  if (f.type?.length) query = query.where('f.type', 'in', f.type);
  for (const [name, kind] of VALUE_FILTERS) {
    const values = f[name];
    if (values?.length) query = query.where((eb) => hasValue(eb as Probed, 'f.record_id', kind, values));
  }
  const places = f.placeKind;
  if (places?.length) {
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('outing_facts as o')
          .select('o.record_id')
          .whereRef('o.record_id', '=', 'f.outing_id')
          .where('o.place_kind', 'in', places),
      ),
    );
  }
  const review = f.review;
  if (review?.length) {
    query = query.where((eb) => {
      const stated = eb.exists(
        eb
          .selectFrom('reviews as r')
          .select('r.record_id')
          .whereRef('r.record_id', '=', 'f.record_id')
          .where('r.state', 'in', review),
      );
      if (!review.includes('recu')) return stated;
      const none = eb.not(
        eb.exists(
          eb.selectFrom('reviews as r').select('r.record_id').whereRef('r.record_id', '=', 'f.record_id'),
        ),
      );
      return eb.or([stated, none]);
    });
  }
  return query;
}

/**
 * How many encounters match, counting no further than `cap`. With a value filter, from that
 * filter's rows in the scope and period (index `record_values_filter`, read alone), each other
 * value filter probed per row; the filters on the encounter's own columns (agent, type, place,
 * review), if any, are one more probe of its encounter_facts row. Without them no probe of
 * encounter_facts is needed: record_values holds these kinds for live encounters only, with their
 * encounter_facts' centre and createdAt (one extraction, written and dropped together). When the
 * first filter asks for several values, one encounter may come once for each: counted distinct.
 */
export async function countMatching(db: Kysely<DB>, q: RecordsQuery, cap: number): Promise<number> {
  const f = q.filter;
  const asked = VALUE_FILTERS.flatMap(([name, kind]) => {
    const values = f[name];
    return values?.length ? [{ kind, values: [...new Set(values)] }] : [];
  });
  const first = asked.find((a) => a.values.length === 1) ?? asked[0];
  if (!first) return counted(db, encountersWhere(db, q).select('f.record_id').limit(cap));
  let query = db
    .selectFrom('record_values as v')
    .where('v.kind', '=', first.kind)
    .where('v.value', 'in', first.values)
    .where((eb) => (q.centreIds.length ? eb('v.centre_id', 'in', q.centreIds) : eb.or([])))
    .where('v.created_at', '>=', q.period.startIso)
    .where('v.created_at', '<', q.period.endIso);
  for (const other of asked)
    if (other !== first)
      query = query.where((eb) => hasValue(eb as unknown as Probed, 'v.record_id', other.kind, other.values));
  if (q.agentIds?.length || f.type?.length || f.placeKind?.length || f.review?.length) {
    const own = { ...q, filter: { type: f.type, placeKind: f.placeKind, review: f.review } };
    query = query.where((eb) =>
      eb(
        encountersWhere(db, own)
          .select(sql<number>`1`.as('one'))
          .where('f.record_id', '=', sql.ref<string>('v.record_id'))
          .limit(1),
        'is not',
        null,
      ),
    );
  }
  const ids = query.select('v.record_id');
  return counted(db, (first.values.length > 1 ? ids.distinct() : ids).limit(cap));
}

async function counted<D, T extends keyof D>(
  db: Kysely<DB>,
  ids: SelectQueryBuilder<D, T, { record_id: string }>,
) {
  const row = await db
    .selectFrom(ids.as('m'))
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** outing_facts rows (alias o) that started in the period, of the scope, agents, place kinds and QPV. */
export function outingsWhere(db: Kysely<DB>, q: RecordsQuery) {
  let query = db
    .selectFrom('outing_facts as o')
    .where((eb) => (q.centreIds.length ? eb('o.centre_id', 'in', q.centreIds) : eb.or([])))
    .where('o.started_at', '>=', q.period.startIso)
    .where('o.started_at', '<', q.period.endIso);
  if (q.agentIds?.length) query = query.where('o.agent_id', 'in', q.agentIds);
  if (q.filter.placeKind?.length) query = query.where('o.place_kind', 'in', q.filter.placeKind);
  if (q.qpv !== undefined) query = query.where('o.qpv', '=', q.qpv ? 1 : 0);
  return query;
}
