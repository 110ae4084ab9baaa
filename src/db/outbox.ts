// Every local write goes with its outbox entry in ONE transaction (DESIGN.md): either both are
// stored or neither. The outbox table uses strict durability: a change reported saved is on disk.

import { clock } from '../platform/clock';
import type { RecordEntity } from '../shared/records';
import type { BorneDatabase } from './database';
import type { OutboxEntry } from './types';

const TABLE_OF: Record<RecordEntity, keyof BorneDatabase & string> = {
  outing: 'outings',
  encounter: 'encounters',
  contact: 'contacts',
  signup: 'signups',
  kiosk_event: 'kioskEvents',
  survey_response: 'surveyResponses',
  skills_check: 'skillsChecks',
  attendance: 'attendances',
};

export function tableFor(entity: RecordEntity): string {
  return TABLE_OF[entity];
}

/** Thrown when the device is out of storage: the views show a clear message, nothing saved is lost. */
export class StorageFullError extends Error {
  constructor() {
    super('storage_full');
  }
}

/**
 * A full disk, however it reaches us: the browser's own DOMException, Dexie's QuotaExceededError,
 * or — when the quota shows only as the transaction commits — Dexie's AbortError with the quota
 * error as its `inner` one. Anything else (null included) is not.
 */
export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: string; inner?: { name?: string } } | null)?.name;
  const inner = (err as { inner?: { name?: string } } | null)?.inner?.name;
  return name === 'QuotaExceededError' || inner === 'QuotaExceededError';
}

/**
 * Saves a record (upsert) or removes it (delete) and queues the change, atomically.
 * `now` is the device clock, passed in so tests can control it.
 */
export async function writeWithOutbox(
  db: BorneDatabase,
  entity: RecordEntity,
  op: 'upsert' | 'delete',
  record: { id: string } & Record<string, unknown>,
  now: Date = clock.now(),
): Promise<number> {
  const table = db.table(tableFor(entity));
  try {
    return await db.transaction('rw', [table, db.outbox, db.tombstones], async () => {
      if (op === 'upsert') await table.put(record);
      else {
        await table.delete(record.id);
        const rev = typeof record.rev === 'number' ? record.rev : 1;
        const deletedAt = now.toISOString();
        await db.tombstones.put({ recordId: record.id, entity, record: { id: record.id, rev }, deletedAt });
      }
      const entry: OutboxEntry = { entity, op, recordId: record.id, record, queuedAt: now.toISOString() };
      return (await db.outbox.add(entry)) as number;
    });
  } catch (err) {
    if (isQuotaError(err)) throw new StorageFullError();
    throw err;
  }
}
