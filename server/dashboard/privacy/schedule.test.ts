import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { contact, insertRecord } from '../test-records';
import { seedCentres } from '../test-support';
import { PURGE_EVERY_MS, PURGE_FIRST_DELAY_MS, startPurgeTimer } from './schedule';

describe.each(DB_KINDS)('automatic retention purge on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
  });
  afterAll(() => server.close());
  afterEach(() => vi.useRealTimers());

  const contacts = async () =>
    (
      await server.deps.database.db
        .selectFrom('records')
        .select('id')
        .where('entity', '=', 'contact')
        .execute()
    ).length;

  it('purges a minute after start, then every 24 hours, without being called', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
    await insertRecord(
      server,
      'contact',
      contact({
        centreId: 'centre-a',
        createdAt: '2026-07-01T09:00:00.000Z',
        retentionUntil: '2026-10-01T00:00:00.000Z',
      }),
    );
    const lines: string[] = [];
    const stop = startPurgeTimer(server.deps, (line) => lines.push(line));
    try {
      expect(await contacts()).toBe(1);
      await vi.advanceTimersByTimeAsync(PURGE_FIRST_DELAY_MS);
      await vi.waitFor(async () => expect(await contacts()).toBe(0));
      expect(lines[0]).toContain('1 contact');
      // A contact that expires later is taken by the next daily run.
      await insertRecord(
        server,
        'contact',
        contact({
          centreId: 'centre-a',
          createdAt: '2026-08-01T09:00:00.000Z',
          retentionUntil: '2026-11-01T00:00:00.000Z',
        }),
      );
      await vi.advanceTimersByTimeAsync(PURGE_EVERY_MS);
      await vi.waitFor(async () => expect(await contacts()).toBe(0));
    } finally {
      stop();
    }
  });
});
