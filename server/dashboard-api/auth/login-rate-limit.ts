// Sign-in rate limiting per login and address, in the database (rate_limits) so that every
// server instance counts the same failures. A fixed window: 5 failures in 15 minutes lock
// that login from that address until the window ends.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export const LOGIN_MAX_FAILURES = 5;
export const LOGIN_WINDOW_MINUTES = 15;

export function loginRateKey(login: string, ip: string): string {
  return `login:${login.trim().toLowerCase()}|${ip}`;
}

function windowEnd(windowStart: string): number {
  return new Date(windowStart).getTime() + LOGIN_WINDOW_MINUTES * 60_000;
}

export async function isLoginLocked(db: Kysely<DB>, key: string, now: Date): Promise<boolean> {
  const row = await db.selectFrom('rate_limits').selectAll().where('key', '=', key).executeTakeFirst();
  return !!row && windowEnd(row.window_start) > now.getTime() && row.count >= LOGIN_MAX_FAILURES;
}

export async function recordLoginFailure(db: Kysely<DB>, key: string, now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('rate_limits').selectAll().where('key', '=', key).executeTakeFirst();
    if (row && windowEnd(row.window_start) > now.getTime()) {
      await trx
        .updateTable('rate_limits')
        .set((eb) => ({ count: eb('count', '+', 1) }))
        .where('key', '=', key)
        .execute();
      return;
    }
    await trx
      .insertInto('rate_limits')
      .values({ key, window_start: now.toISOString(), count: 1 })
      .onConflict((oc) => oc.column('key').doUpdateSet({ window_start: now.toISOString(), count: 1 }))
      .execute();
  });
}

export async function clearLoginFailures(db: Kysely<DB>, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}
