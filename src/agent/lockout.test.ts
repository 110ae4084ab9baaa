import 'fake-indexeddb/auto';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  afterFailure,
  clearLockout,
  loadLockout,
  lockDelayMs,
  NO_LOCKOUT,
  recordFailure,
  remainingMs,
  triesBeforeLock,
} from './lockout';

const MIN = 60_000;

describe('wrong-PIN lockout', () => {
  beforeEach(() => clear());

  it('lets four wrong PINs pass, locks 1 minute at the fifth, then 2, 5, 15, 30 and 60 minutes', () => {
    expect([1, 2, 3, 4].map(lockDelayMs)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 50].map((n) => lockDelayMs(n) / MIN)).toEqual([
      1, 2, 5, 15, 30, 60, 60, 60,
    ]);
  });

  it('counts the time left from the moment of the wrong PIN', () => {
    let state = NO_LOCKOUT;
    for (let i = 0; i < 5; i++) state = afterFailure(state, 1_000);
    expect(remainingMs(state, 1_000)).toBe(MIN);
    expect(remainingMs(state, 1_000 + 45_000)).toBe(15_000);
    expect(remainingMs(state, 1_000 + MIN + 1)).toBe(0);
    state = afterFailure(state, 200_000);
    expect(remainingMs(state, 200_000)).toBe(2 * MIN);
  });

  it('tells how many tries remain before the lock', () => {
    let state = NO_LOCKOUT;
    expect(triesBeforeLock(state)).toBe(5);
    state = afterFailure(afterFailure(state, 0), 0);
    expect(triesBeforeLock(state)).toBe(3);
  });

  it('is stored, so a reload does not reset it, and a right PIN clears it', async () => {
    for (let i = 0; i < 5; i++) await recordFailure(10_000);
    const stored = await loadLockout();
    expect(stored.failures).toBe(5);
    expect(remainingMs(stored, 10_000)).toBe(MIN);
    await clearLockout();
    expect(await loadLockout()).toEqual(NO_LOCKOUT);
  });
});
