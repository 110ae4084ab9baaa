import 'fake-indexeddb/auto';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { closeSession, isAlive, openSession, restoreSession, session, touchSession } from './session';

describe('team session', () => {
  beforeEach(() => clear());

  it('locks after the lock time without a touch; a touch pushes it back', () => {
    const s = { agentId: 'a', lastActivityAt: 0 };
    expect(isAlive(s, 299_999, 300)).toBe(true);
    expect(isAlive(s, 300_000, 300)).toBe(false);
    expect(isAlive(undefined, 0, 300)).toBe(false);
  });

  it('survives a reload only until the lock time', async () => {
    await openSession('agent-1', 1_000_000);
    touchSession(1_010_000);
    session.value = undefined; // the page reloads
    expect(await restoreSession(1_010_000 + 299_000, 300)).toMatchObject({ agentId: 'agent-1' });
    session.value = undefined;
    expect(await restoreSession(1_010_000 + 301_000, 300)).toBeUndefined();
    // Once expired it is gone for good.
    expect(await restoreSession(1_010_000, 300)).toBeUndefined();
  });

  it('is gone after a lock', async () => {
    await openSession('agent-1', 5_000);
    await closeSession();
    expect(session.value).toBeUndefined();
    expect(await restoreSession(5_000, 300)).toBeUndefined();
  });
});
