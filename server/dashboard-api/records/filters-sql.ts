// The records lists' filters as SQL over the figures' side tables (migration 010, filled at push by
// server/facts/extract.ts): an encounter of the scope and period is a row of encounter_facts (only
// live records have facts), each list filter an EXISTS on record_values or outing_facts, the review
// state a lookup in `reviews` (« reçu » when there is none). The same query gives a page, its
// total and the pages of an export, so the list, the count and the file always agree.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { EncounterFilter } from './encounters';
import type { RecordsQuery } from './query';

/** Each list filter and the record_values kind it reads (server/facts/encounter.ts). */
const VALUE_FILTERS: [keyof EncounterFilter, string][] = [
  ['theme', 'theme'],
  ['subTheme', 'sub_theme'],
  ['institution', 'institution'],
  ['action', 'action'],
  ['partner', 'orientation_partner'],
];

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
    if (!values?.length) continue;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('record_values as v')
          .select('v.record_id')
          .whereRef('v.record_id', '=', 'f.record_id')
          .where('v.kind', '=', kind)
          .where('v.value', 'in', values),
      ),
    );
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
