// The dashboard's server tests: a signed-in client that sends the cookie and the CSRF token like
// the pages do. Their world (three centres, a user per role) is seedCentres of world.ts.

import type { TestServer } from './databases';
import { PASSWORD } from './world';

// The dashboard's part of the test world, still imported from here by its suites.
export { type Fixture, PASSWORD, seedCentres } from './world';

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
