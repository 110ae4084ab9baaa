// A fresh fake-indexeddb database per test, and outbox entries written the way the app writes them.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { BorneDatabase } from '../../db/database';
import { writeWithOutbox } from '../../db/outbox';
import type { RecordEntity } from '../../shared/records';

const names: string[] = [];

export function freshDb(): BorneDatabase {
  const name = `sync-test-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return new BorneDatabase(name);
}

export async function deleteTestDbs(): Promise<void> {
  for (const name of names.splice(0)) await Dexie.delete(name);
}

let counter = 0;

/** Saves `count` records of `entity` with their outbox entries; returns their ids. */
export async function queueRecords(
  db: BorneDatabase,
  count: number,
  entity: RecordEntity = 'encounter',
  extra: (i: number) => Record<string, unknown> = () => ({}),
): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = `rec-${++counter}`;
    ids.push(id);
    await writeWithOutbox(db, entity, 'upsert', {
      id,
      centreId: 'arbrisseau',
      deviceId: 'device-1',
      agentId: 'agent-1',
      createdAt: '2026-11-14T10:00:00.000Z',
      rev: 1,
      ...extra(i),
    });
  }
  return ids;
}

export async function queueInOneTransaction(db: BorneDatabase, count: number): Promise<void> {
  const now = new Date('2026-11-14T10:00:00.000Z').toISOString();
  await db.outbox.bulkAdd(
    Array.from({ length: count }, () => {
      const id = `bulk-${++counter}`;
      return {
        entity: 'kiosk_event' as const,
        op: 'upsert' as const,
        recordId: id,
        record: { id, rev: 1, event: 'open' },
        queuedAt: now,
      };
    }),
  );
}
