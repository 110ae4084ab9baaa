import 'fake-indexeddb/auto';
import { get, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { getDb } from '../db/database';
import { writeWithOutbox } from '../db/outbox';
import { saveSetting } from './device-settings';
import { getEnrolment, isEnrolled, saveEnrolment } from './enrolment';
import { getWipeNote, wipeDevice } from './wipe';

describe('wiping a tablet', () => {
  it('leaves no record, outbox entry, enrolment or setting — only a note of why', async () => {
    const db = getDb();
    await writeWithOutbox(db, 'encounter', 'upsert', { id: 'e1', rev: 1 });
    await db.agents.put({
      id: 'a1',
      centreId: 'c',
      displayName: 'Amina',
      role: 'agent',
      pinVerifier: { alg: 'PBKDF2-SHA256', iterations: 100_000, salt: 's', hash: 'h' },
    });
    await saveEnrolment({
      deviceId: 'd1',
      deviceToken: 'secret-token',
      deviceName: 'Tablette',
      centre: {} as never,
      enrolledAt: '2026-11-14T10:00:00.000Z',
    });
    await saveSetting('lastAgentId', 'a1');
    await set('agent:session', { agentId: 'a1', lastActivityAt: 1 });
    expect(await isEnrolled()).toBe(true);

    await wipeDevice('revoked', new Date('2026-11-15T09:00:00.000Z'));

    const after = getDb(); // a new, empty database
    expect(await after.encounters.count()).toBe(0);
    expect(await after.outbox.count()).toBe(0);
    expect(await after.agents.count()).toBe(0);
    expect(await getEnrolment()).toBeUndefined();
    expect(await isEnrolled()).toBe(false);
    expect(await get('setting:lastAgentId')).toBeUndefined();
    expect(await get('agent:session')).toBeUndefined();
    expect(await getWipeNote()).toEqual({ reason: 'revoked', at: '2026-11-15T09:00:00.000Z' });
  });
});
