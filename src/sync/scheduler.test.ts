import { describe, expect, it } from 'vitest';
import type { SyncOutcome } from './engine';
import { DEBOUNCE_MS, PERIODIC_MS, SyncScheduler } from './scheduler';

/** A clock and timers the test moves by hand. */
function harness(outcomes: SyncOutcome[]) {
  let now = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  let nextId = 1;
  const runs: number[] = [];
  const pending: ((o: SyncOutcome) => void)[] = [];
  let manual = false;
  const scheduler = new SyncScheduler({
    run: () => {
      runs.push(now);
      if (manual) return new Promise((resolve) => pending.push(resolve));
      return Promise.resolve(outcomes.shift() ?? { status: 'ok', pushed: 0, rejected: 0, pulled: 0 });
    },
    now: () => now,
    random: () => 0.5,
    setTimer: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimer: (id) => timers.delete(id as number),
  });
  return {
    scheduler,
    runs,
    /** Moves the clock, firing the timers that fall due, and lets the passes finish. */
    async advance(ms: number) {
      const end = now + ms;
      for (;;) {
        const due = [...timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        timers.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        await flush();
      }
      now = end;
    },
    nextTimerIn: () => Math.min(...[...timers.values()].map((t) => t.at - now)),
    holdRuns() {
      manual = true;
    },
    finishRun(outcome: SyncOutcome = { status: 'ok', pushed: 0, rejected: 0, pulled: 0 }) {
      pending.shift()?.(outcome);
    },
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const offline: SyncOutcome = { status: 'error', kind: 'offline' };

describe('sync scheduler', () => {
  it('retries a failing pass after a growing delay, and goes back to the periodic timer after a success', async () => {
    const h = harness([offline, offline, offline]);
    await h.scheduler.trigger('start');
    // random 0.5 → three quarters of each step: 3.75 s, 7.5 s, 15 s.
    expect(h.nextTimerIn()).toBe(3_750);
    await h.advance(3_750);
    expect(h.nextTimerIn()).toBe(7_500);
    await h.advance(7_500);
    expect(h.nextTimerIn()).toBe(15_000);
    await h.advance(15_000); // fourth pass succeeds
    expect(h.runs).toEqual([0, 3_750, 11_250, 26_250]);
    expect(h.scheduler.failureCount).toBe(0);
    expect(h.nextTimerIn()).toBe(PERIODIC_MS);
  });

  it('turns a burst of local writes into one pass after a short delay', async () => {
    const h = harness([]);
    await h.scheduler.trigger('start');
    for (let i = 0; i < 5; i++) await h.scheduler.trigger('write');
    expect(h.runs).toHaveLength(1);
    await h.advance(DEBOUNCE_MS);
    expect(h.runs).toEqual([0, DEBOUNCE_MS]);
  });

  it('never overlaps passes: triggers during a pass queue exactly one more', async () => {
    const h = harness([]);
    h.holdRuns();
    const first = h.scheduler.trigger('manual');
    const second = h.scheduler.trigger('online');
    const third = h.scheduler.trigger('manual');
    expect(h.runs).toHaveLength(1);
    h.finishRun();
    await first;
    await flush();
    expect(h.runs).toHaveLength(2);
    h.finishRun();
    await Promise.all([second, third]);
    expect(h.runs).toHaveLength(2);
  });

  it('lets the button and a returning network through the back-off, but not a visible tab or a write', async () => {
    const h = harness([offline, offline]);
    await h.scheduler.trigger('start');
    expect(await h.scheduler.trigger('visible')).toBeUndefined();
    await h.scheduler.trigger('write');
    expect(h.runs).toHaveLength(1);
    await h.scheduler.trigger('online');
    expect(h.runs).toHaveLength(2);
    await h.scheduler.trigger('manual');
    expect(h.runs).toHaveLength(3);
  });

  it('waits as long as the server asks after a 429', async () => {
    const h = harness([{ status: 'error', kind: 'rate_limited', retryAfterMs: 60_000 }]);
    await h.scheduler.trigger('start');
    expect(h.nextTimerIn()).toBe(60_000);
  });

  it('stops scheduling once the tablet is wiped', async () => {
    const h = harness([{ status: 'wiped', reason: 'revoked' }]);
    await h.scheduler.trigger('start');
    expect(h.nextTimerIn()).toBe(Number.POSITIVE_INFINITY);
  });
});
