import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { pendingSentence } from '../views/sync/pending-text';
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

  it('tells encounters apart from the kiosk’s anonymous traces, counting records, not changes', async () => {
    const db = freshDb();
    const [corrected] = await queueRecords(db, 2, 'encounter');
    await queueRecords(db, 1, 'encounter', () => ({ id: corrected, rev: 2 })); // the same one, corrected
    await queueRecords(db, 6, 'kiosk_event');
    await queueRecords(db, 1, 'survey_response', () => ({ context: 'guide' }));
    await queueRecords(db, 1, 'survey_response', () => ({ context: 'atelier' }));
    await queueRecords(db, 1, 'outing');
    const status = await readSyncStatus(db, 1);
    expect(status.pending).toBe(12);
    expect(status.pendingKinds).toEqual({ encounters: 2, kiosk: 7, other: 2 });
  });

  it('says it with each language’s plurals', () => {
    expect(pendingSentence({ encounters: 2, kiosk: 7, other: 0 }, 'fr')).toBe(
      '2 rencontres et 7 traces anonymes de la borne attendent l’envoi au centre.',
    );
    expect(pendingSentence({ encounters: 1, kiosk: 0, other: 0 }, 'fr')).toBe(
      '1 rencontre attend l’envoi au centre.',
    );
    expect(pendingSentence({ encounters: 1, kiosk: 1, other: 3 }, 'fr')).toBe(
      '1 rencontre, 1 trace anonyme de la borne et 3 autres enregistrements attendent l’envoi au centre.',
    );
    expect(pendingSentence({ encounters: 0, kiosk: 0, other: 0 }, 'fr')).toBe('Tout est envoyé.');
    expect(pendingSentence({ encounters: 2, kiosk: 7, other: 0 }, 'en')).toBe(
      '2 encounters and 7 anonymous kiosk traces are waiting to be sent to the centre.',
    );
    expect(pendingSentence({ encounters: 0, kiosk: 1, other: 0 }, 'en')).toBe(
      '1 anonymous kiosk trace is waiting to be sent to the centre.',
    );
    // Arabic: the dual, 3–10, 11–99 and 100 each take their own form.
    expect(pendingSentence({ encounters: 2, kiosk: 7, other: 0 }, 'ar')).toBe(
      'بانتظار الإرسال إلى المركز: لقاءان و7 آثار مجهولة الهوية من الكشك.',
    );
    expect(pendingSentence({ encounters: 1, kiosk: 11, other: 100 }, 'ar')).toBe(
      'بانتظار الإرسال إلى المركز: لقاء واحد و11 أثرًا مجهول الهوية من الكشك و100 تسجيل آخر.',
    );
  });
});
