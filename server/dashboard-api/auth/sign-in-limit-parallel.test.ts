// Issue 9, "The sign-in limit holds under parallel attempts": ten wrong passwords sent at once
// count as ten; at most five are checked, the others get 429 with a Retry-After its message matches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, seedCentres } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { LOGIN_MAX_FAILURES } from './login-rate-limit';

describe.each(DB_KINDS)('the sign-in limit holds under parallel attempts on %s', (kind) => {
  let server: TestServer;
  const login = (password: string) =>
    server.app.request('/api/v1/dashboard/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ login: 'coord-a', password }),
    });

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
  });
  afterAll(() => server.close());

  it('ten wrong passwords sent at once count as ten', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => login(`faux-${i}`)));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(LOGIN_MAX_FAILURES);
    expect(statuses.filter((s) => s === 429)).toHaveLength(10 - LOGIN_MAX_FAILURES);
    const row = await server.deps.database.db
      .selectFrom('rate_limits')
      .selectAll()
      .where('key', 'like', 'login:coord-a|%')
      .executeTakeFirstOrThrow();
    expect(row.count).toBe(10);
    // Even the right password waits for the window to end.
    const right = await login(PASSWORD);
    expect(right.status).toBe(429);
    const seconds = Number(right.headers.get('retry-after'));
    expect(seconds).toBeGreaterThan(0);
    const message = ((await right.json()) as { error: { message: string } }).error.message;
    expect(message).toContain(`${Math.ceil(seconds / 60)} minute`);
  });
});
