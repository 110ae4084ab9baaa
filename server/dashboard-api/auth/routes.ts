// Sign-in, sign-out, sign-out everywhere and "who am I" (with the CSRF token the pages send back).
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import * as v from 'valibot';
import type { MeResponse } from '../../../src/shared/dashboard-api/session';
import { hashPassword, verifyPassword } from '../../crypto/password';
import { clientAddress } from '../../http/client-address';
import { HttpError } from '../../http/errors';
import { waitInWords } from '../../http/wait-words';
import { logRateLimited } from '../../services/rate-limit';
import { writeAudit } from '../audit';
import type { DashboardEnv } from '../env';
import { readBody } from '../http';
import { listScopeCentres } from '../reference/centres';
import { clearLoginFailures, LOGIN_MAX_FAILURES, loginRateKey, takeLoginAttempt } from './login-rate-limit';
import { createSession, deleteSession, deleteUserSessions, SESSION_COOKIE, SESSION_HOURS } from './sessions';

const LoginSchema = v.object({
  login: v.pipe(
    v.string('login : texte attendu'),
    v.trim(),
    v.minLength(1, 'login : obligatoire'),
    v.maxLength(200),
  ),
  password: v.pipe(
    v.string('password : texte attendu'),
    v.minLength(1, 'password : obligatoire'),
    v.maxLength(1000),
  ),
});

// Checked when the login is unknown, so an unknown login takes as long as a wrong password.
const dummyHash = hashPassword('borne-dummy-password');

/** The only dashboard route reachable without a session. */
export function loginRoutes() {
  const app = new Hono<DashboardEnv>();

  app.post('/login', async (c) => {
    const { database, secrets, config, now } = c.var.deps;
    const db = database.db;
    const body = await readBody(c, LoginSchema);
    const login = body.login.toLowerCase();
    const client = clientAddress(c);
    const key = loginRateKey(login, client);
    // Counted before the password is checked: parallel attempts each take their turn.
    const attempt = await takeLoginAttempt(db, key, now());
    if (!attempt.allowed) {
      if (attempt.count === LOGIN_MAX_FAILURES + 1) logRateLimited('login', client);
      c.header('Retry-After', String(attempt.retryAfterSeconds));
      throw new HttpError(
        429,
        'rate_limited',
        `Trop d’essais. Réessayez dans ${waitInWords(attempt.retryAfterSeconds)}.`,
      );
    }
    const user = await db
      .selectFrom('users')
      .select(['id', 'login', 'name', 'role', 'territory_id', 'password_hash', 'disabled'])
      .where('login', '=', login)
      .executeTakeFirst();
    const ok = await verifyPassword(body.password, user?.password_hash ?? (await dummyHash));
    if (!user || !ok || user.disabled) {
      throw new HttpError(401, 'unauthorized', 'Identifiant ou mot de passe incorrect.');
    }
    await clearLoginFailures(db, key);
    const session = await createSession(db, secrets, user.id, now());
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      secure: config.secureCookies,
      maxAge: SESSION_HOURS * 3600,
    });
    await writeAudit(db, { userId: user.id, action: 'login' }, now());
    return c.json({
      user: {
        id: user.id,
        login: user.login,
        name: user.name,
        role: user.role,
        territoryId: user.territory_id,
      },
      csrfToken: session.csrfToken,
    });
  });

  return app;
}

/** Routes for a signed-in user (mounted behind requireSession). */
export function sessionRoutes() {
  const app = new Hono<DashboardEnv>();

  app.get('/me', async (c) => {
    const centres = await listScopeCentres(c.var.deps.database.db, c.var.scope.centreIds);
    const territories = [...new Map(centres.map((ce) => [ce.territoryId, ce.territoryName])).entries()].map(
      ([id, name]) => ({ id, name }),
    );
    return c.json({
      user: c.var.user,
      csrfToken: c.var.csrfToken,
      centres,
      territories,
    } satisfies MeResponse);
  });

  app.get('/centres', async (c) => {
    return c.json({ items: await listScopeCentres(c.var.deps.database.db, c.var.scope.centreIds) });
  });

  app.post('/logout', async (c) => {
    const { database, now } = c.var.deps;
    await deleteSession(database.db, c.var.sessionIdHash);
    await writeAudit(database.db, { userId: c.var.user.id, action: 'logout' }, now());
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.post('/logout-everywhere', async (c) => {
    const { database, now } = c.var.deps;
    const sessionsClosed = await deleteUserSessions(database.db, c.var.user.id);
    await writeAudit(
      database.db,
      { userId: c.var.user.id, action: 'logout_everywhere', detail: { sessionsClosed } },
      now(),
    );
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ sessionsClosed });
  });

  return app;
}
