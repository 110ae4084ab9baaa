// The encounters list pages by position (keyset), not by counting rows to skip: a cursor holds
// the createdAt and id of the row a page follows (or precedes), so page 40 costs what page 1 costs.
// The list's order is createdAt newest first, then id; each centre's rows come in that order from
// the index `encounter_facts_centre_list` (migration 016), and the centres' ordered rows are merged
// (one sub-select per centre, UNION ALL, ORDER BY … LIMIT: PostgreSQL's Merge Append, SQLite's
// ordered compound), so a page reads about as many rows as it shows, whatever the period's size.
// A single query over `centre_id IN (…)` would instead sort every matching row of the period.
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import { RECORDS_TOTAL_CAP } from '../../../src/shared/dashboard-api/records';
import type { DB } from '../../db/schema';
import { HttpError } from '../../http/errors';
import { type Paging, parsePaging, queryOne } from '../http';
import { countMatching, encountersWhere } from './filters-sql';
import type { RecordsQuery } from './query';

/** A row's place in the list. */
export interface Key {
  createdAt: string;
  id: string;
}

/** Where a page starts: after (or, going back, before) a row, or at an offset from the top. */
export type From = { after: Key } | { before: Key } | { offset: number };

/** A page as a cursor names it: its number (shown to people), and the row it follows or precedes. */
export interface Cursor {
  page: number;
  key: Key;
  before: boolean;
}

export function encodeCursor(cursor: Cursor): string {
  const { page, key, before } = cursor;
  return Buffer.from(JSON.stringify([page, key.createdAt, key.id, before ? 1 : 0])).toString('base64url');
}

const BAD_CURSOR =
  'cursor : ce lien de page n’est pas valable (il vient d’une page précédente de la liste). Revenez à la première page.';
const BASE64URL = /^[A-Za-z0-9_-]{1,600}$/;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/** Reads a cursor from the query string; anything else than one this server wrote is a 400. */
export function parseCursor(raw: string): Cursor {
  const bad = new HttpError(400, 'invalid', BAD_CURSOR);
  if (!BASE64URL.test(raw)) throw bad;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw bad;
  }
  if (!Array.isArray(value) || value.length !== 4) throw bad;
  const [page, createdAt, id, before] = value as unknown[];
  const valid =
    Number.isInteger(page) &&
    (page as number) >= 1 &&
    (page as number) <= 1_000_000 &&
    typeof createdAt === 'string' &&
    ISO.test(createdAt) &&
    typeof id === 'string' &&
    id.length >= 1 &&
    id.length <= 200 &&
    (before === 0 || before === 1);
  if (!valid) throw bad;
  return {
    page: page as number,
    key: { createdAt: createdAt as string, id: id as string },
    before: before === 1,
  };
}

/**
 * Past this many centres the page is one query that sorts the period's rows instead of a merge:
 * SQLite takes at most 500 sub-selects in one compound SELECT, and planning grows with each.
 */
const MERGED_CENTRES = 400;

/** Matching rows of `centreIds` from `from`, in list order (or reversed going back), at most `n`. */
function centreRows(db: Kysely<DB>, q: RecordsQuery, centreIds: string[], from: From, n: number) {
  let rows = encountersWhere(db, { ...q, centreIds }).select(['f.record_id', 'f.created_at']);
  // `created_at <= t` bounds the index range; the OR only settles the rows of that same instant.
  if ('after' in from) {
    const { createdAt, id } = from.after;
    rows = rows
      .where('f.created_at', '<=', createdAt)
      .where((eb) => eb.or([eb('f.created_at', '<', createdAt), eb('f.record_id', '>', id)]));
  } else if ('before' in from) {
    const { createdAt, id } = from.before;
    rows = rows
      .where('f.created_at', '>=', createdAt)
      .where((eb) => eb.or([eb('f.created_at', '>', createdAt), eb('f.record_id', '<', id)]));
  }
  const back = 'before' in from;
  return rows
    .orderBy('f.created_at', back ? 'asc' : 'desc')
    .orderBy('f.record_id', back ? 'desc' : 'asc')
    .limit(n);
}

/**
 * The keys of up to `n` matching encounters from `from`, always in list order (newest first, then
 * id). Going back (`before`), they are the `n` rows just before the key.
 */
export async function keysetRows(db: Kysely<DB>, q: RecordsQuery, from: From, n: number): Promise<Key[]> {
  if (!q.centreIds.length) return [];
  const skip = 'offset' in from ? from.offset : 0;
  const back = 'before' in from;
  // Each centre gives at most the rows the page could take from it (skipped ones included).
  const groups = q.centreIds.length > MERGED_CENTRES ? [q.centreIds] : q.centreIds.map((id) => [id]);
  const parts = groups.map((ids) =>
    db.selectFrom(centreRows(db, q, ids, from, skip + n).as('c')).select(['c.record_id', 'c.created_at']),
  );
  let merged = parts[0]!;
  for (const part of parts.slice(1)) merged = merged.unionAll(part);
  const rows = await merged
    .orderBy('created_at', back ? 'asc' : 'desc')
    .orderBy('record_id', back ? 'desc' : 'asc')
    .limit(n)
    .offset(skip)
    .execute();
  const keys = rows.map((r) => ({ createdAt: r.created_at, id: r.record_id }));
  return back ? keys.reverse() : keys;
}

/**
 * How many encounters match, counted up to RECORDS_TOTAL_CAP + 1: past the cap the page says
 * « plus de 10 000 » instead of counting a territory's year to its last row (countMatching: from the
 * side index of a value filter when there is one).
 */
export async function cappedTotal(db: Kysely<DB>, q: RecordsQuery) {
  if (!q.centreIds.length) return { total: 0, totalCapped: false };
  const n = await countMatching(db, q, RECORDS_TOTAL_CAP + 1);
  return n > RECORDS_TOTAL_CAP
    ? { total: RECORDS_TOTAL_CAP, totalCapped: true }
    : { total: n, totalCapped: false };
}

export interface EncounterPaging extends Paging {
  /** Set: the page it names (its `page` wins over the query's); else `page` counts from the top. */
  cursor?: Cursor;
}

export function parseEncounterPaging(c: Context): EncounterPaging {
  const paging = parsePaging(c);
  const raw = queryOne(c, 'cursor');
  return raw ? { ...paging, cursor: parseCursor(raw) } : paging;
}

/** A page's keys, its number and the cursors to the pages beside it. */
function placed(keys: Key[], page: number, hasPrev: boolean, hasNext: boolean) {
  const first = keys[0];
  const last = keys.at(-1);
  return {
    keys,
    page,
    prev: hasPrev && first ? encodeCursor({ page: page - 1, key: first, before: true }) : null,
    next: hasNext && last ? encodeCursor({ page: page + 1, key: last, before: false }) : null,
  };
}

/** The keys of the page `paging` names; one row more than the page says whether another follows. */
export async function pageKeys(db: Kysely<DB>, q: RecordsQuery, paging: EncounterPaging) {
  const n = paging.pageSize;
  const cursor = paging.cursor;
  if (cursor && !cursor.before) {
    const rows = await keysetRows(db, q, { after: cursor.key }, n + 1);
    return placed(rows.slice(0, n), cursor.page, true, rows.length > n);
  }
  if (cursor && cursor.page > 1) {
    const rows = await keysetRows(db, q, { before: cursor.key }, n + 1);
    if (rows.length > n) return placed(rows.slice(1), cursor.page, true, true);
    // A page or less before it (rows were deleted meanwhile): that is the first page.
  }
  // Page 1 is always the newest rows, even reached going back (rows may have come since).
  const page = cursor ? 1 : paging.page;
  const rows = await keysetRows(db, q, { offset: (page - 1) * n }, n + 1);
  return placed(rows.slice(0, n), page, page > 1, rows.length > n);
}
