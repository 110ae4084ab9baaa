import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, errorOf, seedCentres, signIn } from '../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';

// Every route of API.md, as [method, path]: without a session each answers 401 in words.
const ROUTES: [string, string][] = [
  ['GET', '/me'],
  ['GET', '/centres'],
  ['POST', '/logout'],
  ['POST', '/logout-everywhere'],
  ['GET', '/encounters'],
  ['GET', '/encounters/x'],
  ['GET', '/outings'],
  ['GET', '/outings/x'],
  ['PUT', '/records/x/review'],
  ['GET', '/quarantine'],
  ['POST', '/quarantine/1/correct'],
  ['POST', '/quarantine/1/dismiss'],
  ['POST', '/imports/outbox'],
  ['GET', '/follow-ups'],
  ['GET', '/contacts/x'],
  ['PUT', '/follow-ups/x'],
  ['GET', '/users'],
  ['GET', '/figures'],
  ['GET', '/reports/caf'],
  ['GET', '/reports/eu'],
  ['GET', '/exports/encounters.csv'],
  ['GET', '/guides'],
  ['GET', '/guides/x'],
  ['PUT', '/guides/x/draft'],
  ['DELETE', '/guides/x/draft'],
  ['GET', '/glossary'],
  ['PUT', '/glossary/x'],
  ['DELETE', '/glossary/x'],
  ['POST', '/content/publish'],
  ['GET', '/partners'],
  ['POST', '/partners'],
  ['PUT', '/partners/x'],
  ['DELETE', '/partners/x'],
  ['GET', '/activities'],
  ['POST', '/activities'],
  ['PUT', '/activities/x'],
  ['DELETE', '/activities/x'],
  ['GET', '/agents'],
  ['POST', '/agents'],
  ['POST', '/agents/x/reset-pin'],
  ['POST', '/agents/x/deactivate'],
  ['GET', '/devices'],
  ['POST', '/devices/enrol-codes'],
  ['PATCH', '/devices/x'],
  ['POST', '/devices/x/revoke'],
  ['GET', '/centres/x/settings'],
  ['PUT', '/centres/x/settings'],
  ['POST', '/purge'],
  ['POST', '/gdpr/search'],
  ['POST', '/gdpr/export'],
  ['POST', '/gdpr/erase'],
  ['GET', '/audit'],
];

describe.each(DB_KINDS)('dashboard errors in words on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    coordA = await signIn(server, 'coord-a');
  });
  afterAll(() => server.close());

  it('answers every route with 401 in words when not signed in', async () => {
    for (const [method, path] of ROUTES) {
      const res = await server.app.request(`/api/v1/dashboard${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: method === 'GET' ? undefined : '{}',
      });
      expect([method, path, res.status]).toEqual([method, path, 401]);
      const error = await errorOf(res);
      expect(error.code).toBe('unauthorized');
      expect(error.message.length).toBeGreaterThan(10);
    }
  });

  it('answers every change without the CSRF token with 403', async () => {
    for (const [method, path] of ROUTES.filter(([m]) => m !== 'GET')) {
      const res = await coordA.send(method, path, {}, { csrf: null });
      expect([method, path, res.status]).toEqual([method, path, 403]);
    }
  });

  it('answers malformed JSON with 400 and an unknown address with 404, both in words', async () => {
    const bad = await server.app.request('/api/v1/dashboard/partners', {
      method: 'POST',
      headers: { Cookie: coordA.cookie, 'X-CSRF-Token': coordA.csrf, 'Content-Type': 'application/json' },
      body: '{"name":',
    });
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain('JSON');
    const unknown = await coordA.get('/nothing-here');
    expect(unknown.status).toBe(404);
    expect((await errorOf(unknown)).code).toBe('not_found');
  });

  it('answers a body over 2 MiB with 413 in words', async () => {
    const res = await coordA.send('POST', '/gdpr/search', { phone: 'x'.repeat(3 * 1024 * 1024) });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).message).toContain('2 Mio');
  });

  it('a refused change answers in words naming the field, with no stack trace (a 500: server/http/malformed-requests.test.ts)', async () => {
    const res = await coordA.send('PUT', '/centres/centre-a/settings', { retention: 'toujours' });
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).not.toMatch(/at .*\.ts:\d+/);
    expect(text).toContain('retention');
  });
});
