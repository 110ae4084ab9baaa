// Fixed-window rate limiting kept in the database (table rate_limits), so that several server
// instances on one PostgreSQL share the counts. One upsert per hit: atomic on both databases.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../db/schema';
import { log } from '../log';

export interface RateLimitRule {
  limit: number;
  windowMs: number;
}

/** A tablet syncs in a few requests a minute; 120 leaves room for a long backlog in 500s. */
export const DEVICE_RATE_LIMIT: RateLimitRule = { limit: 120, windowMs: 60_000 };

export interface RateLimitHit {
  allowed: boolean;
  count: number;
  /** Seconds until the window resets (for Retry-After). */
  retryAfterSeconds: number;
}

export async function hitRateLimit(
  db: Kysely<DB>,
  key: string,
  rule: RateLimitRule,
  now: Date,
): Promise<RateLimitHit> {
  const windowStartMs = Math.floor(now.getTime() / rule.windowMs) * rule.windowMs;
  const windowStart = new Date(windowStartMs).toISOString();
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: windowStart, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        // Same window: one more; a new window: start again at 1.
        count: sql<number>`case when rate_limits.window_start = ${windowStart} then rate_limits.count + 1 else 1 end`,
        window_start: windowStart,
      }),
    )
    .returning('count')
    .executeTakeFirstOrThrow();
  const count = Number(row.count);
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStartMs + rule.windowMs - now.getTime()) / 1000));
  return { allowed: count <= rule.limit, count, retryAfterSeconds };
}

/** One line when a client goes over a limit (its first refusal of the window, so a flood of
 *  attempts writes one line, on whichever instance counted it): the client's address (behind a
 *  trusted proxy, the one it forwarded) is what an operator needs to block an attacker; never the
 *  login tried or the code typed. */
export function logRateLimited(limit: 'enrol' | 'login', client: string): void {
  log(
    'warn',
    'rate-limit',
    `Trop d’essais (${limit === 'enrol' ? 'codes d’installation' : 'connexion au tableau de bord'}) depuis ${client} : refusés jusqu’à la fin de la fenêtre.`,
    {
      limit,
      client,
    },
  );
}
