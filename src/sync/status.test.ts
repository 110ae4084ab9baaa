import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { setState } from './state';
import { describeSyncError, formatAgo, readSyncStatus } from './status';
import { deleteTestDbs, freshDb, queueRecords } from './test-support/local';

afterEach(deleteTestDbs);

const now = new Date('2026-11-14T12:00:00.000Z');

describe('sync status in words', () => {
  it('says how long ago, in the tablet’s language', () => {
    expect(formatAgo('2026-11-14T11:59:30.000Z', now, 'fr')).toBe('à l’instant');
    expect(formatAgo('2026-11-14T11:55:00.000Z', now, 'fr')).toBe('il y a 5 minutes');
    expect(formatAgo('2026-11-14T09:00:00.000Z', now, 'en')).toBe('3 hours ago');
    expect(formatAgo('2026-11-13T12:00:00.000Z', now, 'fr')).toBe('hier');
    expect(formatAgo('2026-11-07T12:00:00.000Z', now, 'ar')).toMatch(/٧|7/);
  });

  it('names each problem as a person would', () => {
    expect(describeSyncError('offline', 'fr')).toBe('Pas de réseau.');
    expect(describeSyncError('unreachable', 'fr')).toBe('Serveur injoignable.');
    expect(describeSyncError('revoked', 'fr')).toBe('Tablette révoquée — contactez votre coordinateur.');
  });

  it('counts what waits, dates the oldest, and flags an update after a 426', async () => {
    const db = freshDb();
    await queueRecords(db, 3);
    // The oldest is the first queued (lowest seq), whatever later entries say.
    const [first, , last] = await db.outbox.toArray();
    await db.outbox.update(first!.seq!, { queuedAt: '2026-11-01T08:00:00.000Z' });
    await db.outbox.update(last!.seq!, { queuedAt: '2026-11-20T08:00:00.000Z' });
    await setState(db, 'protocolRefused', 1);
    await setState(db, 'lastError', { kind: 'protocol', at: now.toISOString() });
    const status = await readSyncStatus(db, 1);
    expect(status).toMatchObject({ pending: 3, updateNeeded: true, lastError: { kind: 'protocol' } });
    expect(status.oldestQueuedAt).toBe('2026-11-01T08:00:00.000Z');
    // An updated app speaks a newer protocol: no update is asked any more.
    expect((await readSyncStatus(db, 2)).updateNeeded).toBe(false);
  });
});
