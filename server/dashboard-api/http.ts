// Small helpers shared by the dashboard's routes: validated bodies, query lists and paging.
import type { Context } from 'hono';
import * as v from 'valibot';
import { describeIssues } from '../../src/shared/records';
import { HttpError, readJson } from '../http/errors';

/** Reads and validates a JSON body; a failure is a 400 whose message names the field. */
export async function readBody<S extends v.GenericSchema>(c: Context, schema: S): Promise<v.InferOutput<S>> {
  const result = v.safeParse(schema, await readJson(c));
  if (!result.success)
    throw new HttpError(400, 'invalid', `Données invalides — ${describeIssues(result.issues)}.`);
  return result.output;
}

/** A query parameter that may repeat (`?theme=a&theme=b`) or be comma-separated. */
export function queryList(c: Context, name: string): string[] | undefined {
  const values = (c.req.queries(name) ?? [])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  return values.length ? values : undefined;
}

export function queryOne(c: Context, name: string): string | undefined {
  return c.req.query(name)?.trim() || undefined;
}

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export interface Paging {
  page: number;
  pageSize: number;
}

export function parsePaging(c: Context): Paging {
  const page = Number(c.req.query('page') ?? 1);
  const pageSize = Number(c.req.query('pageSize') ?? DEFAULT_PAGE_SIZE);
  if (!Number.isInteger(page) || page < 1)
    throw new HttpError(400, 'invalid', 'page : un nombre entier à partir de 1.');
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new HttpError(400, 'invalid', `pageSize : un nombre entier de 1 à ${MAX_PAGE_SIZE}.`);
  }
  return { page, pageSize };
}

export function pageOf<T>(items: T[], paging: Paging) {
  const start = (paging.page - 1) * paging.pageSize;
  return { items: items.slice(start, start + paging.pageSize), total: items.length, ...paging };
}

/** A value checked against a list of ids (query filters); unknown → 400 in words. */
export function checkIds(name: string, values: string[] | undefined, allowed: readonly string[]) {
  for (const value of values ?? []) {
    if (!allowed.includes(value))
      throw new HttpError(400, 'invalid', `${name} : valeur inconnue « ${value} ».`);
  }
  return values;
}

export function notFound(what = 'Cet élément'): HttpError {
  return new HttpError(404, 'not_found', `${what} est introuvable, ou ne fait pas partie de vos centres.`);
}
