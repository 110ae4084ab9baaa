import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_MAX_MS, backoffDelay } from './backoff';

describe('back-off', () => {
  it('doubles after each failure and stops growing at the cap', () => {
    const top = () => 0.999_999;
    const delays = [1, 2, 3, 4, 10, 20].map((n) => backoffDelay(n, top));
    expect(delays).toEqual([5_000, 10_000, 20_000, 40_000, 600_000, 600_000]);
    expect(BACKOFF_MAX_MS).toBe(600_000); // 10 minutes
  });

  it('keeps half of the step and spreads the other half at random', () => {
    expect(backoffDelay(3, () => 0)).toBe(10_000); // 20 s step → 10 s at least
    expect(backoffDelay(3, () => 0.5)).toBe(15_000);
    expect(backoffDelay(1, () => 0)).toBe(2_500);
    expect(BACKOFF_BASE_MS).toBe(5_000);
    const spread = new Set(Array.from({ length: 50 }, () => backoffDelay(5)));
    expect(spread.size).toBeGreaterThan(10); // tablets coming back together do not retry together
    for (const d of spread) {
      expect(d).toBeGreaterThanOrEqual(40_000);
      expect(d).toBeLessThanOrEqual(80_000);
    }
  });
});
