import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedCentres } from '../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import { contact, insertRecord } from '../test-support/records';
import { PURGE_EVERY_MS, PURGE_FIRST_DELAY_MS, startPurgeTimer } from './purge-schedule';

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
      expect(lines).toEqual(['[purge] 1 contact(s) arrivé(s) en fin de conservation effacé(s).']);
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
      // The next day (each day's purge is claimed once, server/jobs/job-runs.ts).
      server.setNow(new Date(server.deps.now().getTime() + PURGE_EVERY_MS));
      await vi.advanceTimersByTimeAsync(PURGE_EVERY_MS);
      await vi.waitFor(async () => expect(await contacts()).toBe(0));
    } finally {
      stop();
    }
  });
  it('the same tick purges sync tombstones older than 180 days, and keeps recent ones', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval'] });
    const db = server.deps.database.db;
    const partner = (id: string, deletedAt: string) => ({
      id,
      territory_id: 'sud',
      name: id,
      data: JSON.stringify({ id, territoryId: 'sud', name: id, redirectionKind: 'autre', themes: [] }),
      version: 1,
      deleted_at: deletedAt,
    });
    await db
      .insertInto('partners')
      .values([
        partner('old-gone', '2026-01-01T00:00:00.000Z'),
        partner('recent-gone', '2026-10-20T00:00:00.000Z'),
      ])
      .execute();
    const lines: string[] = [];
    server.setNow(new Date(server.deps.now().getTime() + PURGE_EVERY_MS)); // a day no purge ran yet
    const stop = startPurgeTimer(server.deps, (line) => lines.push(line));
    try {
      await vi.advanceTimersByTimeAsync(PURGE_FIRST_DELAY_MS);
      await vi.waitFor(async () => {
        const ids = (
          await db
            .selectFrom('partners')
            .select('id')
            .where('id', 'in', ['old-gone', 'recent-gone'])
            .execute()
        ).map((r) => r.id);
        expect(ids).toEqual(['recent-gone']);
      });
      await vi.waitFor(() => expect(lines.join('\n')).toContain('trace(s) de suppression'));
    } finally {
      stop();
    }
  });
});
