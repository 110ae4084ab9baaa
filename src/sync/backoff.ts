// Waiting times between failed attempts: exponential, capped, with jitter so that twenty tablets
// coming back online at the same moment do not all knock at the same second.

export const BACKOFF_BASE_MS = 5_000;
export const BACKOFF_MAX_MS = 10 * 60_000;

/**
 * Delay before attempt number `failures + 1`, for `failures` ≥ 1 consecutive failures.
 * "Equal jitter": half the exponential step is kept, the other half is random, so the delay grows
 * for sure while tablets spread out. `random` is in [0, 1), injected for tests.
 */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const exp = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, failures - 1));
  return Math.round(exp / 2 + (exp / 2) * random());
}
