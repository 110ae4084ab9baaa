// "Every local write and its outbox entry are one Dexie transaction" (DESIGN.md "Sync", tablet
// side), held by failing each write in turn: the record's, then the outbox entry's (the last one).
// Whichever fails, neither is stored, a full disk is reported as such, and the next write works.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BorneDatabase } from './database';
import { StorageFullError, writeWithOutbox } from './outbox';
import { watchWrites } from './test-support/fail-writes';

const names: string[] = [];
function freshDb(): BorneDatabase {
  const name = `outbox-test-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return new BorneDatabase(name);
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

const event = (id: string) => ({
  id,
  centreId: 'c',
  deviceId: 'd',
  agentId: 'a',
  createdAt: '2026-11-01T10:00:00.000Z',
  rev: 1,
  event: 'open',
  language: 'fr',
  at: '2026-11-01T10:00:00.000Z',
});

describe('a record and its outbox entry are stored together or not at all', () => {
  for (const op of ['upsert', 'delete'] as const) {
    it(`${op}: whichever write fails (the record's or the outbox entry's), neither is stored`, async () => {
      const probeDb = freshDb();
      if (op === 'delete') await writeWithOutbox(probeDb, 'kiosk_event', 'upsert', event('k1'));
      const probe = watchWrites();
      try {
        await writeWithOutbox(probeDb, 'kiosk_event', op, event('k1'));
      } finally {
        probe.restore();
      }
      // A delete also keeps its tombstone (id and rev), in the same transaction.
      expect(probe.writes).toEqual(
        op === 'upsert'
          ? ['kioskEvents.put', 'outbox.add']
          : ['kioskEvents.delete', 'tombstones.put', 'outbox.add'],
      );

      for (let failAt = 0; failAt < probe.writes.length; failAt++) {
        const db = freshDb();
        if (op === 'delete') await writeWithOutbox(db, 'kiosk_event', 'upsert', event('k1'));
        const state = async () => ({
          events: await db.kioskEvents.toArray(),
          outbox: await db.outbox.toArray(),
          tombstones: await db.tombstones.toArray(),
        });
        const before = await state();
        const failing = watchWrites(failAt);
        try {
          await expect(writeWithOutbox(db, 'kiosk_event', op, event('k1'))).rejects.toBeInstanceOf(
            StorageFullError,
          );
        } finally {
          failing.restore();
        }
        expect(await state(), `${probe.writes[failAt]} failed`).toEqual(before);
        // Room again: the same write goes through, with its entry.
        await writeWithOutbox(db, 'kiosk_event', 'upsert', event('k2'));
        expect((await db.outbox.toArray()).map((e) => e.recordId).at(-1)).toBe('k2');
        db.close();
      }
    });
  }

  it('a failure that is not a full disk is passed on as it is', async () => {
    const db = freshDb();
    await expect(
      writeWithOutbox(db, 'encounter', 'upsert', { id: undefined as unknown as string }),
    ).rejects.not.toBeInstanceOf(StorageFullError);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('a full disk is reported as such, whatever shape the error has', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  // What a transaction rejects with when the disk is full: the browser's own error (no Dexie
  // wrapping), Dexie's, or Dexie's abort at commit time with the quota error inside it.
  const full: [string, unknown][] = [
    ['the browser’s DOMException', quota()],
    ['Dexie’s QuotaExceededError', new Dexie.QuotaExceededError('full', quota())],
    ['an abort at commit time, the quota error inside', new Dexie.AbortError('aborted', quota())],
  ];
  const other: [string, unknown][] = [
    ['an abort for another reason', new Dexie.AbortError('aborted')],
    [
      'an abort with another error inside',
      new Dexie.AbortError('aborted', new DOMException('x', 'UnknownError')),
    ],
    ['a plain error', new Error('boom')],
    ['null', null],
  ];

  for (const [what, error] of full)
    it(`${what} → StorageFullError`, async () => {
      const db = freshDb();
      vi.spyOn(db, 'transaction').mockRejectedValueOnce(error as Error);
      await expect(writeWithOutbox(db, 'kiosk_event', 'upsert', event('k1'))).rejects.toBeInstanceOf(
        StorageFullError,
      );
    });

  for (const [what, error] of other)
    it(`${what} → passed on as it is`, async () => {
      const db = freshDb();
      vi.spyOn(db, 'transaction').mockRejectedValueOnce(error as Error);
      await expect(writeWithOutbox(db, 'kiosk_event', 'upsert', event('k1'))).rejects.toBe(error);
    });
});
