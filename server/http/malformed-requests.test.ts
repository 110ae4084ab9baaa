// Issue 9, "No 500 from a malformed request": dashboard dates, malformed static URLs, `limit` out
// of range and U+0000 in a query or a body get a 400 in words; a path written to the log is
// escaped (no forged log lines from %0A) and one bad request logs one line, not a stack.

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApp } from '../app';
import { type Client, seedCentres, signIn } from '../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import { authHeaders, enrolTablet, type Tablet } from '../test-support/sync';

const words = /^[A-ZÀ-Üa-z«].{10,}/;

describe.each(DB_KINDS)('no 500 from a malformed request on %s', (kind) => {
  let server: TestServer;
  let coord: Client;
  let tablet: Tablet;
  const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    coord = await signIn(server, 'coord-a');
    tablet = await enrolTablet(server.deps, fetcher, 'centre-a');
  });
  afterAll(() => server.close());

  const expectWords = async (res: Response, status: number) => {
    expect(res.status).toBe(status);
    const text = await res.text();
    const message = res.headers.get('content-type')?.includes('json') ? JSON.parse(text).error.message : text;
    expect(message).toMatch(words);
    return message as string;
  };

  it.each([
    'from=abc',
    'from=2024-13-45',
    'to=2024-13-45',
    'to=9999-12-31',
    'from=0000-01-01&to=0000-01-02',
    'from=2026-11-01&to=abc',
  ])('dashboard dates %s → 400 in words', async (query) => {
    for (const path of ['/encounters', '/outings', '/audit', '/figures', '/reports/caf']) {
      await expectWords(await coord.get(`${path}?${query}`), 400);
    }
  });

  it.each(['/%E0%A4%A', '/%', '/assets/%C0%AF', '/dashboard/%FF'])(
    'the static URL %s → 400 in words',
    async (path) => {
      await expectWords(await fetcher(path), 400);
    },
  );

  it.each(['0', '-1', '1e3', '99999999999', 'abc'])('pull limit=%s → 400 in words', async (limit) => {
    const res = await fetcher(`/api/v1/sync/pull?limit=${limit}`, { headers: authHeaders(tablet) });
    await expectWords(res, 400);
  });

  it('a U+0000 in a query parameter or a JSON body → 400 in words', async () => {
    expect(await expectWords(await coord.get('/encounters?centre=a%00b'), 400)).toContain('nul');
    expect(
      await expectWords(await fetcher('/api/v1/sync/pull?cursor=%00', { headers: authHeaders(tablet) }), 400),
    ).toContain('nul');
    const body = await coord.send('PUT', '/records/00000000-0000-7000-8000-000000000000/review', {
      state: 'recu',
      comment: 'a\u0000b',
    });
    expect(await expectWords(body, 400)).toContain('U+0000');
    const enrol = await fetcher('/api/v1/devices/enrol', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'ABCD-EFGH', deviceName: 'Tab\u0000lette' }),
    });
    await expectWords(enrol, 400);
  });

  it('a path written to the log is escaped, and one failing request logs one line', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      lines.push(args.map(String).join(' '));
    });
    // A database that lost a table: the request fails inside, the way a real outage does.
    const broken = await createTestServer(kind);
    await sql`DROP TABLE sessions`.execute(broken.deps.database.db);
    const app = createApp(broken.deps);
    try {
      const res = await app.request('/api/v1/dashboard/records/x%0A[server]%20forged%20line', {
        headers: { cookie: 'borne_session=abcdefghijklmnopqrstuvwxyz0123456789' },
      });
      expect(res.status).toBe(500);
      expect(JSON.stringify(await res.json())).not.toMatch(/at .*\.ts:\d+/);
      expect(lines).toHaveLength(1);
      expect(lines[0]).not.toContain('\n');
      expect(lines[0]).toContain('%0A');
      expect(lines[0]).not.toMatch(/\n\s+at /);
    } finally {
      spy.mockRestore();
      await broken.close();
    }
  });
});
