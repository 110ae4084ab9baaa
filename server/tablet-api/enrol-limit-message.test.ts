// Issue 9, "the enrolment limit's message matches its Retry-After": the setup screen says the wait
// the server will really impose, not a fixed "15 minutes".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import { seedWorld } from '../test-support/sync';

describe.each(DB_KINDS)('the enrolment limit message matches Retry-After on %s', (kind) => {
  let server: TestServer;
  const enrol = () =>
    server.app.request('/api/v1/devices/enrol', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code: 'ZZZZ-ZZZZ', deviceName: 'Essai' }),
    });
  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedWorld(server.deps);
    server.deps.config.enrolAttempts = 3;
  });
  afterAll(() => server.close());

  it.each([
    ['2026-12-01T09:12:00.000Z', 180, '3 minutes'],
    ['2026-12-01T09:29:30.000Z', 30, '30 secondes'],
  ])('at %s the wait is %i s and the message says « %s »', async (at, seconds, words) => {
    server.setNow(new Date(at));
    for (let i = 0; i < 3; i++) expect((await enrol()).status).toBe(401);
    const blocked = await enrol();
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBe(seconds);
    expect(((await blocked.json()) as { error: { message: string } }).error.message).toContain(words);
  });
});
