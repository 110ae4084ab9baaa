// The few SQL pieces every figure query shares, the same on SQLite and PostgreSQL: the scope of a
// period over a side table (server/db/facts-schema.ts, filled at push), and reading the numbers
// back (PostgreSQL answers COUNT and SUM as strings of bigint, SQLite as numbers; SUM of no row
// is NULL on both).
import type { ExpressionBuilder } from 'kysely';
import { inIds } from '../scope';

/** The records a figure counts: made in [startIso, endIso) in these centres (by these agents). */
export interface FactScope {
  centreIds: string[];
  startIso: string;
  endIso: string;
  agentIds?: string[] | undefined;
}

// biome-ignore lint/suspicious/noExplicitAny: one helper for every side table, under its alias.
type AnyEb = ExpressionBuilder<any, any>;

/** `t.centre_id IN (…) AND t.created_at ∈ [start, end) [AND t.agent_id IN (…)]` for the alias `t`. */
export function inScope(s: FactScope, t: string) {
  return (eb: AnyEb) => {
    const parts = [
      inIds(eb, `${t}.centre_id`, s.centreIds),
      eb(`${t}.created_at`, '>=', s.startIso),
      eb(`${t}.created_at`, '<', s.endIso),
    ];
    if (s.agentIds?.length) parts.push(eb(`${t}.agent_id`, 'in', s.agentIds));
    return eb.and(parts);
  };
}

/** A COUNT or SUM as a number (0 for NULL). */
export function num(value: unknown): number {
  return value === null || value === undefined ? 0 : Number(value);
}

/** Rows (key, value, n) folded into key → value → n. */
export function nested<K extends string>(
  rows: readonly { kind: K; value: string; n: unknown }[],
): Map<K, Map<string, number>> {
  const out = new Map<K, Map<string, number>>();
  for (const r of rows) {
    const m = out.get(r.kind) ?? new Map<string, number>();
    m.set(r.value, (m.get(r.value) ?? 0) + num(r.n));
    out.set(r.kind, m);
  }
  return out;
}
