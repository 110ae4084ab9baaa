import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_PROTOCOL } from '../../../src/shared/protocol';
import { DEVICE_RATE_LIMIT } from '../../services/rate-limit';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import {
  authHeaders,
  encounter,
  enrolTablet,
  pushRequest,
  seedWorld,
  upserts,
  type World,
} from '../../test-support/sync';

interface ErrorBody {
  error: { code: string; message: string };
}

describe.each(DB_KINDS)('sync limits on %s', (kind) => {
  let server: TestServer;
  let world: World;
  const fetcher = (path: string, init?: RequestInit) => server.app.request(path, init);

  beforeAll(async () => {
    server = await createTestServer(kind);
    world = await seedWorld(server.deps);
  });
  afterAll(() => server.close());

  it('answers 429 with Retry-After past 120 requests a minute from one tablet, and not for another', async () => {
    const greedy = await enrolTablet(server.deps, fetcher, world.centreA);
    const calm = await enrolTablet(server.deps, fetcher, world.centreA);
    const statuses: number[] = [];
    for (let i = 0; i < DEVICE_RATE_LIMIT.limit; i++) {
      statuses.push((await fetcher('/api/v1/sync/pull?limit=1', { headers: authHeaders(greedy) })).status);
    }
    expect(statuses.every((s) => s === 200)).toBe(true);
    const limited = await fetcher('/api/v1/sync/pull', { headers: authHeaders(greedy) });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as ErrorBody).error.code).toBe('rate_limited');
    const pushed = await pushRequest(fetcher, greedy, upserts([encounter(greedy, world.agentA)], 1));
    expect(pushed.status).toBe(429);
    expect((await fetcher('/api/v1/sync/pull', { headers: authHeaders(calm) })).status).toBe(200);
    // A minute later the tablet may sync again, and what it pushes was not lost meanwhile.
    server.setNow(new Date(server.deps.now().getTime() + 60_000));
    const retried = await pushRequest(fetcher, greedy, upserts([encounter(greedy, world.agentA)], 1));
    expect(retried.status).toBe(200);
  });

  it('answers 426 protocol_too_old to a protocol below MIN_PROTOCOL, and stores nothing', async () => {
    const old = await enrolTablet(server.deps, fetcher, world.centreA);
    const rec = encounter(old, world.agentA);
    const res = await pushRequest(fetcher, old, upserts([rec], 1), { protocol: MIN_PROTOCOL - 1 });
    expect(res.status).toBe(426);
    const body = (await res.json()) as ErrorBody;
    expect(body.error.code).toBe('protocol_too_old');
    expect(body.error.message).toContain('mise à jour');
    const row = await server.deps.database.db
      .selectFrom('records')
      .select('id')
      .where('id', '=', rec.id)
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });
});
