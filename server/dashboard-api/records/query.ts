// One reading of the lists' query string (period, centre, territory, agent and the record filters),
// shared by the lists, the figures and the exports so that they always agree.
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
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
import { checkIds, queryList, queryOne } from '../http';
import { type Period, parsePeriod } from '../period';
import { narrowScope } from '../scope';
import { type EncounterFilter, encounterRow, matchesEncounter, outingRow } from './encounters';
import { loadNames, loadRecords, loadRecordsById, type Names } from './load';
import { loadReviews, REVIEW_STATES } from './reviews';

const DAY_MS = 86_400_000;

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

/** Encounters of the period and scope matching every filter, newest first. */
export async function queryEncounters(db: Kysely<DB>, q: RecordsQuery, knownNames?: Names) {
  const encounters = await loadRecords<Encounter>(db, 'encounter', {
    centreIds: q.centreIds,
    startIso: q.period.startIso,
    endIso: q.period.endIso,
    agentIds: q.agentIds,
  });
  const outingIds = encounters.flatMap((e) => (e.record.outingId ? [e.record.outingId] : []));
  const [outings, reviews, names] = await Promise.all([
    loadRecordsById<Outing>(db, 'outing', outingIds, q.centreIds),
    loadReviews(
      db,
      encounters.map((e) => e.id),
    ),
    knownNames ?? loadNames(db),
  ]);
  return encounters
    .filter((e) => {
      const outing = e.record.outingId ? outings.get(e.record.outingId) : undefined;
      return matchesEncounter(e.record, q.filter, outing?.record, reviews.get(e.id)?.state ?? 'recu');
    })
    .map((e) =>
      encounterRow(
        e,
        names,
        e.record.outingId ? outings.get(e.record.outingId) : undefined,
        reviews.get(e.id),
      ),
    );
}

/** Outings that started in the period (Paris days), newest first, with their encounter count. */
export async function queryOutings(db: Kysely<DB>, q: RecordsQuery) {
  // createdAt and startedAt are close but not equal: read a day around, then keep startedAt in range.
  const start = new Date(new Date(q.period.startIso).getTime() - DAY_MS).toISOString();
  const end = new Date(new Date(q.period.endIso).getTime() + DAY_MS).toISOString();
  const all = await loadRecords<Outing>(db, 'outing', {
    centreIds: q.centreIds,
    startIso: start,
    endIso: end,
    agentIds: q.agentIds,
  });
  const outings = all.filter(
    (o) =>
      o.record.startedAt >= q.period.startIso &&
      o.record.startedAt < q.period.endIso &&
      (!q.filter.placeKind?.length || q.filter.placeKind.includes(o.record.placeKind)) &&
      (q.qpv === undefined || o.record.qpv === q.qpv),
  );
  const ids = new Set(outings.map((o) => o.id));
  const encounters = await loadRecords<Encounter>(db, 'encounter', {
    centreIds: q.centreIds,
    startIso: start,
    endIso: new Date(new Date(end).getTime() + DAY_MS).toISOString(),
  });
  const counts = new Map<string, number>();
  for (const e of encounters) {
    const id = e.record.outingId;
    if (id && ids.has(id)) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const [reviews, names] = await Promise.all([
    loadReviews(
      db,
      outings.map((o) => o.id),
    ),
    loadNames(db),
  ]);
  return outings
    .sort((a, b) => (a.record.startedAt < b.record.startedAt ? 1 : -1))
    .map((o) => outingRow(o, names, counts.get(o.id) ?? 0, reviews.get(o.id)));
}
