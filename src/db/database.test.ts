import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { BorneDatabase, SCHEMA_V1 } from './database';
import { writeWithOutbox } from './outbox';

const names: string[] = [];
function freshName() {
  const name = `test-${Math.random().toString(36).slice(2)}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

describe('local database', () => {
  it('upgrades a version-1 database to the current version and keeps its records', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.table('encounters').add({ id: 'e1', createdAt: '2026-11-01T10:00:00.000Z', agentId: 'a1' });
    await v1
      .table('outbox')
      .add({ entity: 'encounter', op: 'upsert', recordId: 'e1', record: {}, queuedAt: 'x' });
    v1.close();

    const db = new BorneDatabase(name);
    await db.open();
    expect(db.verno).toBe(5);
    const encounter = await db.encounters.get('e1');
    expect(encounter?.rev).toBe(1);
    expect(await db.outbox.count()).toBe(1);
    // The v2 index is usable after the upgrade.
    expect(
      await db.encounters.where('[agentId+createdAt]').between(['a1', ''], ['a1', '\uffff']).count(),
    ).toBe(1);
    await db.drafts.put({ key: 'form', value: { a: 1 }, updatedAt: 'now' });
    expect((await db.drafts.get('form'))?.value).toEqual({ a: 1 });
    db.close();
  });

  it('writes a record and its outbox entry together, with increasing sequence numbers', async () => {
    const db = new BorneDatabase(freshName());
    const base = {
      centreId: 'c',
      deviceId: 'd',
      agentId: 'a',
      createdAt: '2026-11-01T10:00:00.000Z',
      rev: 1,
    };
    const s1 = await writeWithOutbox(db, 'kiosk_event', 'upsert', {
      ...base,
      id: 'k1',
      event: 'open',
      language: 'fr',
      at: base.createdAt,
    });
    const s2 = await writeWithOutbox(db, 'kiosk_event', 'upsert', {
      ...base,
      id: 'k2',
      event: 'open',
      language: 'fr',
      at: base.createdAt,
    });
    expect(s2).toBeGreaterThan(s1);
    expect(await db.kioskEvents.count()).toBe(2);
    expect((await db.outbox.toArray()).map((e) => e.recordId)).toEqual(['k1', 'k2']);
    db.close();
  });

  it('refuses a record without an id, and writes no outbox entry for it', async () => {
    const db = new BorneDatabase(freshName());
    // A record without a primary key makes the put fail inside the transaction.
    await expect(
      writeWithOutbox(db, 'encounter', 'upsert', { id: undefined as unknown as string }),
    ).rejects.toThrow();
    expect(await db.outbox.count()).toBe(0);
    expect(await db.encounters.count()).toBe(0);
    db.close();
  });
});
