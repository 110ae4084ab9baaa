// Every dashboard route but sign-in goes through here: a valid session cookie (else 401), the
// user's scope, and on every non-GET request the CSRF token in X-CSRF-Token (else 403).
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { HttpError } from '../../http/errors';
import type { DashboardEnv } from '../env';
import { loadScope } from '../scope';
import { findSession, SESSION_COOKIE } from './sessions';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function requireSession(): MiddlewareHandler<DashboardEnv> {
  return async (c, next) => {
    const { database, secrets, now } = c.var.deps;
    const token = getCookie(c, SESSION_COOKIE);
    const session = token ? await findSession(database.db, secrets, token, now()) : null;
    if (!session) {
      throw new HttpError(401, 'unauthorized', 'Vous n’êtes pas connecté(e), ou votre session a expiré.');
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      const sent = c.req.header('X-CSRF-Token') ?? '';
      if (!sent || !sameToken(sent, session.csrfToken)) {
        throw new HttpError(403, 'forbidden', 'Jeton de sécurité manquant ou invalide. Rechargez la page.');
      }
    }
    c.set('user', session.user);
    c.set('csrfToken', session.csrfToken);
    c.set('sessionIdHash', session.idHash);
    c.set('scope', await loadScope(database.db, session.user));
    await next();
  };
}
