import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  clientFor,
  errorOf,
  type Fixture,
  PASSWORD,
  seedCentres,
  signIn,
} from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';

describe.each(DB_KINDS)('dashboard sign-in on %s', (kind) => {
  let server: TestServer;
  let fx: Fixture;
  const login = (body: unknown) =>
    server.app.request('/api/v1/dashboard/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    server = await createTestServer(kind);
    fx = await seedCentres(server);
  });
  afterAll(() => server.close());

  it('sets an HttpOnly, SameSite=Strict session cookie and stores only a hash of it', async () => {
    const res = await login({ login: 'Coord-A ', password: PASSWORD });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^borne_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
    expect(cookie).toContain('Path=/');
    expect(cookie).not.toContain('Secure');
    const token = cookie.split(';')[0]!.split('=')[1]!;
    const rows = await server.deps.database.db.selectFrom('sessions').select('id_hash').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id_hash)).not.toContain(token);
    const body = (await res.json()) as { user: { role: string }; csrfToken: string };
    expect(body.user.role).toBe('coordinator');
    expect(body.csrfToken.length).toBeGreaterThan(20);
  });

  it('marks the cookie Secure when the server runs behind TLS', async () => {
    server.deps.config.secureCookies = true;
    try {
      const res = await login({ login: 'admin', password: PASSWORD });
      expect(res.headers.get('set-cookie')).toContain('Secure');
    } finally {
      server.deps.config.secureCookies = false;
    }
  });

  it('answers a wrong password and an unknown login with the same 401 in words', async () => {
    const wrong = await login({ login: 'coord-b', password: 'pas le bon' });
    expect(wrong.status).toBe(401);
    const unknown = await login({ login: 'personne', password: 'pas le bon' });
    expect(unknown.status).toBe(401);
    expect((await errorOf(wrong)).message).toBe('Identifiant ou mot de passe incorrect.');
    expect((await errorOf(unknown)).message).toBe('Identifiant ou mot de passe incorrect.');
  });

  it('names the missing field of a bad sign-in body', async () => {
    const res = await login({ login: 'coord-a' });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('password');
  });

  it('refuses a sixth try after five failures within 15 minutes, even with the right password', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login({ login: 'terr-sud', password: 'faux' })).status).toBe(401);
    const locked = await login({ login: 'terr-sud', password: PASSWORD });
    expect(locked.status).toBe(429);
    expect(await errorOf(locked)).toEqual({
      code: 'rate_limited',
      message: 'Trop d’essais. Réessayez dans 15 minutes.',
    });
    const start = server.deps.now();
    server.setNow(new Date(start.getTime() + 16 * 60_000));
    try {
      expect((await login({ login: 'terr-sud', password: PASSWORD })).status).toBe(200);
    } finally {
      server.setNow(start);
    }
  });

  it('answers /me without a session with 401', async () => {
    const res = await server.app.request('/api/v1/dashboard/me');
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe('unauthorized');
  });

  it('returns the user, the CSRF token and only the centres of the role on /me', async () => {
    const centresOf = async (who: string) => {
      const client = await signIn(server, who);
      const me = (await (await client.get('/me')).json()) as { csrfToken: string; centres: { id: string }[] };
      expect(me.csrfToken).toBe(client.csrf);
      return me.centres.map((c) => c.id).sort();
    };
    expect(await centresOf('coord-a')).toEqual([fx.centreA]);
    expect(await centresOf('coord-b')).toEqual([fx.centreB]);
    expect(await centresOf('terr-sud')).toEqual([fx.centreA, fx.centreC]);
    expect(await centresOf('admin')).toEqual([fx.centreA, fx.centreB, fx.centreC]);
  });

  it('refuses a change without the CSRF token, or with another session’s token, with 403', async () => {
    const a = await signIn(server, 'coord-a');
    const b = await signIn(server, 'coord-b');
    const missing = await a.send('POST', '/logout', undefined, { csrf: null });
    expect(missing.status).toBe(403);
    expect((await errorOf(missing)).message).toContain('Jeton de sécurité');
    expect((await a.send('POST', '/logout', undefined, { csrf: b.csrf })).status).toBe(403);
    expect((await a.get('/me')).status).toBe(200); // still signed in
  });

  it('signs out this session only', async () => {
    const first = await signIn(server, 'coord-a');
    const second = await signIn(server, 'coord-a');
    const res = await first.send('POST', '/logout');
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/borne_session=;/);
    expect((await first.get('/me')).status).toBe(401);
    expect((await second.get('/me')).status).toBe(200);
  });

  it('signs out everywhere: every session of the user ends, other users keep theirs', async () => {
    const first = await signIn(server, 'coord-b');
    const second = await signIn(server, 'coord-b');
    const other = await signIn(server, 'admin');
    const res = await first.send('POST', '/logout-everywhere');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { sessionsClosed: number }).sessionsClosed).toBeGreaterThanOrEqual(2);
    expect((await first.get('/me')).status).toBe(401);
    expect((await second.get('/me')).status).toBe(401);
    expect((await other.get('/me')).status).toBe(200);
  });

  it('keeps a session for 12 hours after sign-in, and ends it after', async () => {
    const client = await signIn(server, 'admin');
    const start = server.deps.now();
    try {
      server.setNow(new Date(start.getTime() + 12 * 3600_000 - 1000));
      expect((await client.get('/me')).status).toBe(200);
      server.setNow(new Date(start.getTime() + 12 * 3600_000 + 1000));
      expect((await client.get('/me')).status).toBe(401);
    } finally {
      server.setNow(start);
    }
  });

  it('refuses a forged cookie', async () => {
    const forged = clientFor(server, 'borne_session=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', 'x');
    expect((await forged.get('/me')).status).toBe(401);
  });

  it('writes sign-ins to the audit log', async () => {
    const rows = await server.deps.database.db
      .selectFrom('audit_log')
      .select(['action', 'user_id'])
      .where('action', '=', 'login')
      .execute();
    expect(rows.map((r) => r.user_id)).toContain(fx.users.coordA);
  });
});
