// One reading of the lists' query string (period, centre, territory, agent and the record filters),
// shared by the lists, the figures and the exports so that they always agree.
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { EncountersPage } from '../../../src/shared/dashboard-api/records';
import type { Encounter, Outing } from '../../../src/shared/records';
import {
  ACTION_KINDS,
  DEMARCHE_SUBTHEMES,
  ENCOUNTER_TYPES,
  INSTITUTIONS,
  PLACE_KINDS,
  THEMES,
} from '../../../src/shared/taxonomy';
import type { DB } from '../../db/schema';
import type { DashboardEnv } from '../env';
import { checkIds, type Paging, queryList, queryOne } from '../http';
import { type Period, parsePeriod } from '../period';
import { inIds, narrowScope } from '../scope';
import { type EncounterFilter, encounterRow, outingRow } from './encounters';
import { outingsWhere } from './filters-sql';
import { cappedTotal, type EncounterPaging, type From, keysetRows, pageKeys } from './keyset';
import { loadNames, loadRecordsById, type Names } from './load';
import { loadReviews, REVIEW_STATES } from './reviews';

export interface RecordsQuery {
  centreIds: string[];
  period: Period;
  agentIds: string[] | undefined;
  filter: EncounterFilter;
  qpv: boolean | undefined;
}

export async function parseRecordsQuery(c: Context<DashboardEnv>): Promise<RecordsQuery> {
  const { database, now } = c.var.deps;
  const period = parsePeriod(queryOne(c, 'from'), queryOne(c, 'to'), now());
  const centreIds = await narrowScope(database.db, c.var.scope, {
    centre: queryList(c, 'centre'),
    territory: queryList(c, 'territory'),
  });
  const qpv = queryOne(c, 'qpv');
  return {
    centreIds,
    period,
    agentIds: queryList(c, 'agent'),
    qpv: qpv === undefined ? undefined : qpv === 'oui' || qpv === 'true',
    filter: {
      type: checkIds('type', queryList(c, 'type'), ENCOUNTER_TYPES),
      placeKind: checkIds('placeKind', queryList(c, 'placeKind'), PLACE_KINDS),
      theme: checkIds('theme', queryList(c, 'theme'), THEMES),
      subTheme: checkIds('subTheme', queryList(c, 'subTheme'), DEMARCHE_SUBTHEMES),
      institution: checkIds('institution', queryList(c, 'institution'), INSTITUTIONS),
      action: checkIds('action', queryList(c, 'action'), ACTION_KINDS),
      partner: queryList(c, 'partner'),
      review: checkIds('review', queryList(c, 'review'), REVIEW_STATES),
    },
  };
}

const EXPORT_PAGE = 500;

/** The dashboard rows of these encounters, in the order of `ids` (names, outing, review). */
async function encounterRows(db: Kysely<DB>, ids: string[], centreIds: string[], names: Names) {
  const found = await loadRecordsById<Encounter>(db, 'encounter', ids, centreIds);
  const encounters = ids.flatMap((id) => found.get(id) ?? []);
  const outingIds = encounters.flatMap((e) => (e.record.outingId ? [e.record.outingId] : []));
  const [outings, reviews] = await Promise.all([
    loadRecordsById<Outing>(db, 'outing', outingIds, centreIds),
    loadReviews(db, ids),
  ]);
  return encounters.map((e) =>
    encounterRow(e, names, e.record.outingId ? outings.get(e.record.outingId) : undefined, reviews.get(e.id)),
  );
}

/**
 * One page of the encounters matching every filter, newest first (keyset.ts: by cursor, or by
 * page number from the top), with the total counted up to 10,000.
 */
export async function encountersPage(
  db: Kysely<DB>,
  q: RecordsQuery,
  paging: EncounterPaging,
): Promise<EncountersPage> {
  const [at, count, names] = await Promise.all([pageKeys(db, q, paging), cappedTotal(db, q), loadNames(db)]);
  const items = await encounterRows(
    db,
    at.keys.map((k) => k.id),
    q.centreIds,
    names,
  );
  return { items, ...count, page: at.page, pageSize: paging.pageSize, next: at.next, prev: at.prev };
}

/** Every matching encounter, newest first, 500 at a time (the list's keyset walk): exports. */
export async function* encounterPages(db: Kysely<DB>, q: RecordsQuery, names: Names) {
  let from: From = { offset: 0 };
  for (;;) {
    const keys = await keysetRows(db, q, from, EXPORT_PAGE);
    if (!keys.length) return;
    yield await encounterRows(
      db,
      keys.map((k) => k.id),
      q.centreIds,
      names,
    );
    if (keys.length < EXPORT_PAGE) return;
    from = { after: keys.at(-1)! };
  }
}

/** The dashboard rows of these outings, in the order of `ids`, with their encounter count. */
async function outingRows(db: Kysely<DB>, ids: string[], centreIds: string[]) {
  if (!ids.length) return [];
  const [found, counts, reviews, names] = await Promise.all([
    loadRecordsById<Outing>(db, 'outing', ids, centreIds),
    db
      .selectFrom('encounter_facts')
      .select(['outing_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('outing_id', 'in', ids)
      .where((eb) => inIds(eb, 'centre_id', centreIds))
      .groupBy('outing_id')
      .execute(),
    loadReviews(db, ids),
    loadNames(db),
  ]);
  const count = new Map(counts.map((c) => [c.outing_id, Number(c.n)]));
  return ids.flatMap((id) => {
    const o = found.get(id);
    return o ? [outingRow(o, names, count.get(id) ?? 0, reviews.get(id))] : [];
  });
}

/** One page of the outings that started in the period (Paris days), newest first, with the total. */
export async function outingsPage(db: Kysely<DB>, q: RecordsQuery, paging: Paging) {
  const where = outingsWhere(db, q);
  const [ids, count] = await Promise.all([
    where
      .select('o.record_id')
      .orderBy('o.started_at', 'desc')
      .orderBy('o.record_id')
      .limit(paging.pageSize)
      .offset((paging.page - 1) * paging.pageSize)
      .execute(),
    where.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const items = await outingRows(
    db,
    ids.map((r) => r.record_id),
    q.centreIds,
  );
  return { items, total: Number(count.n), ...paging };
}

/** Every matching outing, newest first, 500 at a time (keyset on startedAt and id): exports. */
export async function* outingPages(db: Kysely<DB>, q: RecordsQuery) {
  let after: { started_at: string; record_id: string } | undefined;
  for (;;) {
    let page = outingsWhere(db, q).select(['o.record_id', 'o.started_at']);
    if (after) {
      const a = after;
      page = page.where((eb) =>
        eb.or([
          eb('o.started_at', '<', a.started_at),
          eb.and([eb('o.started_at', '=', a.started_at), eb('o.record_id', '>', a.record_id)]),
        ]),
      );
    }
    const rows = await page
      .orderBy('o.started_at', 'desc')
      .orderBy('o.record_id')
      .limit(EXPORT_PAGE)
      .execute();
    if (!rows.length) return;
    yield await outingRows(
      db,
      rows.map((r) => r.record_id),
      q.centreIds,
    );
    if (rows.length < EXPORT_PAGE) return;
    after = rows.at(-1);
  }
}
