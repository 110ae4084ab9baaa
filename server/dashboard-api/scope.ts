// The scope rule of the dashboard: a coordinator sees the centres of user_centres, a territory
// coordinator every centre of their territory, an admin every centre. Queries filter by the ids
// returned here; a centre outside them is answered as if it did not exist.
import type { ExpressionBuilder, Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { HttpError } from '../http/errors';
import type { DashboardUser, Scope } from './env';

export async function loadScope(db: Kysely<DB>, user: DashboardUser): Promise<Scope> {
  let query = db.selectFrom('centres').select(['centres.id', 'centres.territory_id']);
  if (user.role === 'coordinator') {
    query = query
      .innerJoin('user_centres', 'user_centres.centre_id', 'centres.id')
      .where('user_centres.user_id', '=', user.id);
  } else if (user.role === 'territory_coordinator') {
    query = query.where('centres.territory_id', '=', user.territoryId ?? '');
  } else if (user.role !== 'admin') {
    return { centreIds: [], territoryIds: [] };
  }
  const rows = await query.orderBy('centres.id').execute();
  return {
    centreIds: rows.map((r) => r.id),
    territoryIds: [...new Set(rows.map((r) => r.territory_id))].sort(),
  };
}

/** Narrows the scope to the requested centre / territory (lists: outside the scope means empty). */
export async function narrowScope(
  db: Kysely<DB>,
  scope: Scope,
  filter: { centre?: string[] | undefined; territory?: string[] | undefined },
): Promise<string[]> {
  let ids = scope.centreIds;
  if (filter.centre?.length) ids = ids.filter((id) => filter.centre!.includes(id));
  if (filter.territory?.length && ids.length) {
    const rows = await db
      .selectFrom('centres')
      .select('id')
      .where('id', 'in', ids)
      .where('territory_id', 'in', filter.territory)
      .execute();
    const inTerritory = new Set(rows.map((r) => r.id));
    ids = ids.filter((id) => inTerritory.has(id));
  }
  return ids;
}

/** For writes aimed at one centre: outside the scope is a 403 in words. */
export function assertCentreInScope(scope: Scope, centreId: string): void {
  if (!scope.centreIds.includes(centreId)) {
    throw new HttpError(403, 'forbidden', 'Ce centre ne fait pas partie de vos centres.');
  }
}

/** `column IN (ids)` that stays valid SQL when ids is empty (it then matches nothing). */
export function inIds<T extends keyof DB>(eb: ExpressionBuilder<DB, T>, column: string, ids: string[]) {
  // biome-ignore lint/suspicious/noExplicitAny: the column is one of the caller's tables.
  return ids.length ? eb(column as any, 'in', ids) : eb.or([]);
}
