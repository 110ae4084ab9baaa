// The tablet's side of a server restore: the first epoch is only kept; a new one queues again every
// record the tablet holds, with the same id and rev, once, after what is still pending; the resync
// goes with the pushes until the server has acknowledged the last re-queued entry.
import { afterEach, describe, expect, it } from 'vitest';
import { acknowledge } from './push';
import { noteAcknowledged, noteEpoch, pushTags } from './restore';
import { getState } from './state';
import { deleteTestDbs, freshDb, queueRecords } from './test-support/local';

afterEach(deleteTestDbs);
const now = new Date('2026-11-14T12:00:00.000Z');

async function ackAll(db: ReturnType<typeof freshDb>) {
  const entries = await db.outbox.toArray();
  const mutations = entries.map((e) => ({ seq: e.seq!, entity: e.entity, op: e.op, record: e.record }));
  const lastSeq = mutations.at(-1)?.seq ?? 0;
  await acknowledge(db, { protocol: 1, deviceId: 'device-1', mutations }, { lastSeq, results: [] }, now);
}

describe('a restored server, seen from the tablet', () => {
  it('re-queues every record it holds after a new epoch, once, and ends the resync at the ack', async () => {
    const db = freshDb();
    const encounters = await queueRecords(db, 3);
    const contacts = await queueRecords(db, 1, 'contact', () => ({ sealed: { ct: 'x' } }));
    expect(await noteEpoch(db, 'epoch-a', now)).toBe(false); // the first one is kept
    await ackAll(db);
    expect(await getState(db, 'push:ackedSeq')).toBe(4);
    expect((await db.contacts.get(contacts[0]!))?.sealed).toBeUndefined();
    const pending = await queueRecords(db, 1);

    expect(await noteEpoch(db, 'epoch-b', now)).toBe(true);
    expect(await noteEpoch(db, 'epoch-b', now)).toBe(false); // once per restore
    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => e.recordId)).toEqual([...pending, ...encounters, ...contacts]);
    expect(outbox.map((e) => e.seq)).toEqual([5, 6, 7, 8, 9]); // seqs are never reused
    expect(outbox.slice(1).every((e) => e.op === 'upsert' && e.record.rev === 1)).toBe(true);
    expect(await pushTags(db)).toEqual({
      epoch: 'epoch-b',
      resync: { epoch: 'epoch-b', ackedSeq: 4, throughSeq: 9 },
    });
    expect(await getState(db, 'pull:fromZero')).toBe(true);
    expect(await getState(db, 'restore:last')).toEqual({
      detectedAt: now.toISOString(),
      queued: 4,
      done: false,
    });

    await ackAll(db);
    expect(await pushTags(db)).toEqual({ epoch: 'epoch-b' });
    expect((await getState(db, 'restore:last'))?.done).toBe(true);
  });

  it('a tablet that holds nothing still asks for a pull from zero, with a resync of nothing', async () => {
    const db = freshDb();
    await noteEpoch(db, 'epoch-a', now);
    expect(await noteEpoch(db, 'epoch-b', now)).toBe(true);
    expect(await getState(db, 'resync')).toEqual({ epoch: 'epoch-b', ackedSeq: 0, throughSeq: 0 });
    expect(await getState(db, 'restore:last')).toEqual({
      detectedAt: now.toISOString(),
      queued: 0,
      done: false,
    });
    expect(await getState(db, 'pull:fromZero')).toBe(true);
  });

  it('the resync goes on until its last entry is acknowledged; what the server holds never goes back', async () => {
    const db = freshDb();
    await queueRecords(db, 3);
    await noteEpoch(db, 'epoch-a', now);
    await ackAll(db);
    await noteEpoch(db, 'epoch-b', now); // seqs 4 to 6 queued again
    await db.transaction('rw', db.syncState, () => noteAcknowledged(db, 5));
    expect(await getState(db, 'push:ackedSeq')).toBe(5);
    expect(await getState(db, 'resync')).toEqual({ epoch: 'epoch-b', ackedSeq: 3, throughSeq: 6 });
    expect((await getState(db, 'restore:last'))?.done).toBe(false);
    await db.transaction('rw', db.syncState, () => noteAcknowledged(db, 2));
    expect(await getState(db, 'push:ackedSeq')).toBe(5);
    await db.transaction('rw', db.syncState, () => noteAcknowledged(db, 6));
    expect(await getState(db, 'resync')).toBeUndefined();
    expect((await getState(db, 'restore:last'))?.done).toBe(true);
  });
});
