import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import { hitRateLimit } from './rate-limit';

describe.each(DB_KINDS)('rate limit kept in the database on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind);
  });
  afterAll(() => server.close());

  it('allows `limit` hits in a window, refuses the next, and starts again in the next window', async () => {
    const db = server.deps.database.db;
    const rule = { limit: 3, windowMs: 60_000 };
    const t0 = new Date('2026-11-02T10:00:10.000Z');
    const hits = [];
    for (let i = 0; i < 4; i++) hits.push(await hitRateLimit(db, 'k1', rule, t0));
    expect(hits.map((h) => h.allowed)).toEqual([true, true, true, false]);
    expect(hits[3]!.retryAfterSeconds).toBe(50);
    const next = await hitRateLimit(db, 'k1', rule, new Date('2026-11-02T10:01:00.000Z'));
    expect(next).toMatchObject({ allowed: true, count: 1 });
    expect((await hitRateLimit(db, 'k2', rule, t0)).count).toBe(1);
  });

  it('counts concurrent hits exactly once each', async () => {
    const db = server.deps.database.db;
    const rule = { limit: 1000, windowMs: 60_000 };
    const at = new Date('2026-11-02T11:00:00.000Z');
    const hits = await Promise.all(Array.from({ length: 30 }, () => hitRateLimit(db, 'race', rule, at)));
    expect(hits.map((h) => h.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, i) => i + 1),
    );
  });
});
