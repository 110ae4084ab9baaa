// Dashboard sessions, in the database so several server instances share them. The cookie holds a
// random id; the database holds only its keyed hash, so a copy of the database opens no session.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { Secrets } from '../../secrets';
import { newToken } from '../../services/ids';
import type { DashboardUser } from '../env';

export const SESSION_COOKIE = 'borne_session';
export const SESSION_HOURS = 12;

export interface OpenSession {
  user: DashboardUser;
  csrfToken: string;
  idHash: string;
}

export async function createSession(
  db: Kysely<DB>,
  secrets: Secrets,
  userId: string,
  now: Date,
): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000);
  // Expired sessions are cleared here rather than by a timer: sign-ins are frequent enough.
  await db.deleteFrom('sessions').where('expires_at', '<=', now.toISOString()).execute();
  await db
    .insertInto('sessions')
    .values({
      id_hash: secrets.tokenHash(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
    })
    .execute();
  return { token, csrfToken, expiresAt };
}

/** The session of a cookie value, or null when unknown, expired or the user is disabled. */
export async function findSession(
  db: Kysely<DB>,
  secrets: Secrets,
  token: string,
  now: Date,
): Promise<OpenSession | null> {
  const idHash = secrets.tokenHash(token);
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.csrf_token',
      'sessions.expires_at',
      'users.id',
      'users.login',
      'users.name',
      'users.role',
      'users.territory_id',
      'users.disabled',
    ])
    .where('sessions.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row || row.disabled || row.expires_at <= now.toISOString()) return null;
  return {
    idHash,
    csrfToken: row.csrf_token,
    user: { id: row.id, login: row.login, name: row.name, role: row.role, territoryId: row.territory_id },
  };
}

export async function deleteSession(db: Kysely<DB>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

export async function deleteUserSessions(db: Kysely<DB>, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}
