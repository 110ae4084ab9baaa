// Wrong PINs lock the team space for a growing delay: the 5th wrong PIN in a row locks for
// 1 minute, each further one for longer (2, 5, 15, 30, then 60 minutes). The count is kept with
// idb-keyval so a reload or a restarted browser does not reset it. It is per tablet, not per
// agent: trying every name in turn does not buy more guesses.
import { del, get, set } from 'idb-keyval';

export const FREE_TRIES = 4;
export const LOCK_MINUTES = [1, 2, 5, 15, 30, 60] as const;
const KEY = 'agent:lockout';

export interface LockoutState {
  /** Wrong PINs in a row since the last right one. */
  failures: number;
  /** Epoch ms until which no PIN is checked. */
  lockedUntil: number;
}

export const NO_LOCKOUT: LockoutState = { failures: 0, lockedUntil: 0 };

/** The lock that follows the `failures`-th wrong PIN in a row (0 while tries remain). */
export function lockDelayMs(failures: number): number {
  if (failures <= FREE_TRIES) return 0;
  const step = Math.min(failures - FREE_TRIES - 1, LOCK_MINUTES.length - 1);
  return LOCK_MINUTES[step]! * 60_000;
}

export function afterFailure(state: LockoutState, now: number): LockoutState {
  const failures = state.failures + 1;
  const delay = lockDelayMs(failures);
  return { failures, lockedUntil: delay ? now + delay : 0 };
}

export function remainingMs(state: LockoutState, now: number): number {
  return Math.max(0, state.lockedUntil - now);
}

/** Tries left before the next lock (shown so nobody is surprised by it). */
export function triesBeforeLock(state: LockoutState): number {
  return Math.max(0, FREE_TRIES + 1 - state.failures);
}

export async function loadLockout(): Promise<LockoutState> {
  return (await get<LockoutState>(KEY)) ?? NO_LOCKOUT;
}

export async function recordFailure(now: number): Promise<LockoutState> {
  const next = afterFailure(await loadLockout(), now);
  await set(KEY, next);
  return next;
}

export async function clearLockout(): Promise<void> {
  await del(KEY);
}
