// Fixtures for the dashboard's server tests: two territories, three centres, one user per role,
// and a signed-in client that sends the cookie and the CSRF token like the pages do.

import { createCentre, ensureTerritory } from '../services/centres';
import { createUser } from '../services/users';
import type { TestServer } from './databases';

export const PASSWORD = 'mot-de-passe-de-test';

export interface Fixture {
  centreA: string;
  centreB: string;
  centreC: string;
  users: { coordA: string; coordB: string; territoryA: string; admin: string };
}

/** Centres A and C in territory "sud", B in "nord"; a coordinator of A, one of B, the territory
 * coordinator of "sud" (A and C) and an admin. */
export async function seedCentres(server: TestServer): Promise<Fixture> {
  const { database, secrets, now } = server.deps;
  const db = database.db;
  await ensureTerritory(db, 'sud', 'Croissant sud');
  await ensureTerritory(db, 'nord', 'Versant nord-est');
  await createCentre(
    db,
    secrets,
    { id: 'centre-a', territoryId: 'sud', name: 'Centre A', commune: 'Lille' },
    now(),
  );
  await createCentre(
    db,
    secrets,
    { id: 'centre-b', territoryId: 'nord', name: 'Centre B', commune: 'Roubaix' },
    now(),
  );
  await createCentre(
    db,
    secrets,
    { id: 'centre-c', territoryId: 'sud', name: 'Centre C', commune: 'Lille' },
    now(),
  );
  const users = {
    coordA: await createUser(
      db,
      {
        login: 'coord-a',
        name: 'Coordination A',
        password: PASSWORD,
        role: 'coordinator',
        centreIds: ['centre-a'],
      },
      now(),
    ),
    coordB: await createUser(
      db,
      {
        login: 'coord-b',
        name: 'Coordination B',
        password: PASSWORD,
        role: 'coordinator',
        centreIds: ['centre-b'],
      },
      now(),
    ),
    territoryA: await createUser(
      db,
      {
        login: 'terr-sud',
        name: 'Territoire sud',
        password: PASSWORD,
        role: 'territory_coordinator',
        territoryId: 'sud',
      },
      now(),
    ),
    admin: await createUser(db, { login: 'admin', name: 'Admin', password: PASSWORD, role: 'admin' }, now()),
  };
  return { centreA: 'centre-a', centreB: 'centre-b', centreC: 'centre-c', users };
}

export interface Client {
  cookie: string;
  csrf: string;
  get(path: string): Promise<Response>;
  send(method: string, path: string, body?: unknown, opts?: { csrf?: string | null }): Promise<Response>;
}

const BASE = '/api/v1/dashboard';

export async function signIn(server: TestServer, login: string, password = PASSWORD): Promise<Client> {
  const res = await server.app.request(`${BASE}/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ login, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${login} failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return clientFor(server, cookie, csrfToken);
}

export function clientFor(server: TestServer, cookie: string, csrf: string): Client {
  return {
    cookie,
    csrf,
    get: async (path) => server.app.request(`${BASE}${path}`, { headers: { Cookie: cookie } }),
    send: async (method, path, body, opts) => {
      const headers: Record<string, string> = { Cookie: cookie, 'Content-Type': 'application/json' };
      const token = opts?.csrf === undefined ? csrf : opts.csrf;
      if (token !== null) headers['X-CSRF-Token'] = token;
      return server.app.request(`${BASE}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    },
  };
}

export async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}
