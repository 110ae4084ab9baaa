// Sign-in rate limiting per login and address, in the database (rate_limits) so that every
// server instance counts the same attempts. A fixed window from the first attempt: 5 attempts in
// 15 minutes, then 429 until the window ends; a successful sign-in clears the count. Each attempt
// is counted by one atomic upsert BEFORE the password is checked, so ten wrong passwords sent at
// once count as ten (issue 9), not as one each seeing an empty counter.
import { type Kysely, sql } from 'kysely';
import type { DB } from '../../db/schema';

export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MINUTES = 15;

export function loginRateKey(login: string, ip: string): string {
  return `login:${login.trim().toLowerCase()}|${ip}`;
}

function windowEnd(windowStart: string): number {
  return new Date(windowStart).getTime() + LOGIN_WINDOW_MINUTES * 60_000;
}

export interface LoginAttempt {
  allowed: boolean;
  /** Attempts counted in this window, this one included. */
  count: number;
  /** Seconds until the window ends (for Retry-After and the message). */
  retryAfterSeconds: number;
}

/** Counts one attempt for `key` and says whether its password may be checked. */
export async function takeLoginAttempt(db: Kysely<DB>, key: string, now: Date): Promise<LoginAttempt> {
  const nowIso = now.toISOString();
  const openSince = new Date(now.getTime() - LOGIN_WINDOW_MINUTES * 60_000).toISOString();
  const row = await db
    .insertInto('rate_limits')
    .values({ key, window_start: nowIso, count: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        // Both expressions read the row as it was: same window → one more, else a new window.
        count: sql<number>`case when rate_limits.window_start > ${openSince} then rate_limits.count + 1 else 1 end`,
        window_start: sql<string>`case when rate_limits.window_start > ${openSince} then rate_limits.window_start else ${nowIso} end`,
      }),
    )
    .returning(['count', 'window_start'])
    .executeTakeFirstOrThrow();
  const retryAfterSeconds = Math.max(1, Math.ceil((windowEnd(row.window_start) - now.getTime()) / 1000));
  return { allowed: Number(row.count) <= LOGIN_MAX_FAILURES, count: Number(row.count), retryAfterSeconds };
}

export async function clearLoginFailures(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}
