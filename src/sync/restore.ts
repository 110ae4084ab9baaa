// The tablet's side of a server restore (src/shared/protocol.ts « Restore », DESIGN.md "Sync").
// Every push and pull answer carries the server's epoch. When it changes, the server lost what came
// after its backup: in ONE transaction the tablet queues again every record it still holds (same id,
// same rev, so the server stores each once), remembers the resync to send with its pushes, and asks
// for a pull from zero (the server's change counter went back with the restore). Deletions go
// again too: the tablet keeps the id and rev of what it deleted (tombstones, Dexie v5).
import type { BorneDatabase } from '../db/database';
import { tableFor } from '../db/outbox';
import type { OutboxEntry } from '../db/types';
import type { Resync } from '../shared/protocol';
import { RECORD_SCHEMAS, type RecordEntity } from '../shared/records';
import { getState } from './state';

const ENTITIES = Object.keys(RECORD_SCHEMAS) as RecordEntity[];

/** What a push carries about epochs: the one the tablet knows, and a pending resync. */
export async function pushTags(db: BorneDatabase): Promise<{ epoch?: string; resync?: Resync }> {
  const [epoch, resync] = await Promise.all([getState(db, 'server:epoch'), getState(db, 'resync')]);
  return { ...(epoch ? { epoch } : {}), ...(resync ? { resync } : {}) };
}

/**
 * Takes note of the server's epoch. The first one is just kept; a different one starts the re-push.
 * True when the re-push was queued (the caller then pushes from the start of the outbox again).
 */
export function noteEpoch(db: BorneDatabase, epoch: string, now: Date): Promise<boolean> {
  return requeue(db, epoch, now, false);
}

/**
 * Sends everything again under `epoch`, whatever epoch the tablet knew: after it was enrolled anew
 * (the restored server did not know it), or when a push's 409 says the server was restored and
 * this tablet never learnt an epoch (an older app, updated since). True when queued.
 */
export function noteReEnrolment(db: BorneDatabase, epoch: string, now: Date): Promise<boolean> {
  return requeue(db, epoch, now, true);
}

async function requeue(db: BorneDatabase, epoch: string, now: Date, always: boolean): Promise<boolean> {
  const tables = ENTITIES.map((e) => db.table(tableFor(e)));
  return db.transaction('rw', [db.outbox, db.syncState, db.tombstones, ...tables], async () => {
    const known = (await db.syncState.get('server:epoch'))?.value as string | undefined;
    const pendingResync = (await db.syncState.get('resync'))?.value as Resync | undefined;
    if (always && pendingResync?.epoch === epoch) return false; // already queued for this one
    if (!always && known === epoch) return false;
    await db.syncState.put({ key: 'server:epoch', value: epoch });
    if (!always && known === undefined) return false;
    const pending = new Set((await db.outbox.toArray()).map((e) => e.recordId));
    const queuedAt = now.toISOString();
    let queued = 0;
    for (const entity of ENTITIES) {
      const rows = (await db.table(tableFor(entity)).toArray()) as ({ id: string } & Record<
        string,
        unknown
      >)[];
      for (const record of rows) {
        if (pending.has(record.id)) continue; // its pending change goes anyway
        const entry: OutboxEntry = { entity, op: 'upsert', recordId: record.id, record, queuedAt };
        await db.outbox.add(entry);
        queued++;
      }
    }
    // What this tablet deleted: the backup may still hold it (v5 tombstones, src/db/types.ts).
    for (const t of await db.tombstones.toArray()) {
      if (pending.has(t.recordId)) continue;
      await db.outbox.add({
        entity: t.entity,
        op: 'delete',
        recordId: t.recordId,
        record: t.record,
        queuedAt,
      });
      queued++;
    }
    const last = await db.outbox.orderBy(':id').last();
    const ackedSeq = ((await db.syncState.get('push:ackedSeq'))?.value as number | undefined) ?? 0;
    const resync: Resync = { epoch, ackedSeq, throughSeq: last?.seq ?? 0 };
    await db.syncState.bulkPut([
      { key: 'resync', value: resync },
      { key: 'pull:fromZero', value: true },
      { key: 'restore:last', value: { detectedAt: queuedAt, queued, done: false } },
    ]);
    return true;
  });
}

/** Inside the acknowledgement's transaction: what the server now holds, and the resync's end. */
export async function noteAcknowledged(db: BorneDatabase, upTo: number): Promise<void> {
  const acked = ((await db.syncState.get('push:ackedSeq'))?.value as number | undefined) ?? 0;
  if (upTo > acked) await db.syncState.put({ key: 'push:ackedSeq', value: upTo });
  const resync = (await db.syncState.get('resync'))?.value as Resync | undefined;
  if (resync && upTo >= resync.throughSeq) {
    await db.syncState.delete('resync');
    const seen = (await db.syncState.get('restore:last'))?.value as Record<string, unknown> | undefined;
    if (seen) await db.syncState.put({ key: 'restore:last', value: { ...seen, done: true } });
  }
}
