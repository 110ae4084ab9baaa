// When to run a sync pass: at once for app start, `online`, setup and the "Synchroniser" button;
// soon after a local write (debounced); on a timer while things go well; after a growing,
// jittered delay while they fail. Passes never overlap: a trigger during a pass queues one more.
import { backoffDelay } from './backoff';
import type { SyncOutcome } from './engine';

export type TriggerReason = 'start' | 'online' | 'visible' | 'manual' | 'setup' | 'timer' | 'write' | 'sw';

/** A burst of writes (a form saved, then its contact) becomes one push. */
export const DEBOUNCE_MS = 2_000;
/** While everything works, look for new reference data and missed writes this often. */
export const PERIODIC_MS = 2 * 60_000;

/** These run even while backing off: the person asked, or the network just came back. */
const IMMEDIATE: readonly TriggerReason[] = ['start', 'online', 'manual', 'setup'];

export interface SchedulerDeps {
  run: () => Promise<SyncOutcome>;
  now: () => number;
  random: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  onOutcome?: (outcome: SyncOutcome) => void;
}

export class SyncScheduler {
  private failures = 0;
  private backoffUntil = 0;
  private timer: unknown;
  private timerAt = Number.POSITIVE_INFINITY;
  private current: Promise<SyncOutcome> | undefined;
  private queued: Promise<SyncOutcome> | undefined;
  private writtenDuringRun = false;

  constructor(private readonly deps: SchedulerDeps) {}

  /** Consecutive failed passes (0 after a success). */
  get failureCount(): number {
    return this.failures;
  }

  /** Starts a pass now or soon; resolves with its outcome, or undefined when it was deferred. */
  trigger(reason: TriggerReason): Promise<SyncOutcome | undefined> {
    const backingOff = this.deps.now() < this.backoffUntil;
    if (reason === 'write') {
      if (this.current) this.writtenDuringRun = true;
      // A pass already due within the delay takes the write along; otherwise bring one forward.
      else if (!backingOff && this.timerAt > this.deps.now() + DEBOUNCE_MS) this.schedule(DEBOUNCE_MS);
      return Promise.resolve(undefined);
    }
    if (backingOff && !IMMEDIATE.includes(reason)) return Promise.resolve(undefined);
    return this.runSoon();
  }

  stop(): void {
    this.cancelTimer();
  }

  private runSoon(): Promise<SyncOutcome> {
    if (!this.current) {
      this.cancelTimer();
      this.writtenDuringRun = false;
      this.current = this.deps
        .run()
        .then((outcome) => {
          this.after(outcome);
          return outcome;
        })
        .finally(() => {
          this.current = undefined;
        });
      return this.current;
    }
    // One more pass after the current one, shared by every trigger that arrives meanwhile.
    this.queued ??= this.current.then(() => {
      this.queued = undefined;
      return this.runSoon();
    });
    return this.queued;
  }

  private after(outcome: SyncOutcome): void {
    this.deps.onOutcome?.(outcome);
    switch (outcome.status) {
      case 'ok':
        this.failures = 0;
        this.backoffUntil = 0;
        this.schedule(this.writtenDuringRun ? DEBOUNCE_MS : PERIODIC_MS);
        return;
      case 'error': {
        this.failures++;
        const delay = Math.max(backoffDelay(this.failures, this.deps.random), outcome.retryAfterMs ?? 0);
        this.backoffUntil = this.deps.now() + delay;
        this.schedule(delay);
        return;
      }
      case 'busy':
        // Another tab holds the lock and syncs for everyone; look again later.
        this.schedule(PERIODIC_MS);
        return;
      case 'not_enrolled':
      case 'wiped':
        this.cancelTimer();
        return;
    }
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timerAt = this.deps.now() + ms;
    this.timer = this.deps.setTimer(() => {
      this.timer = undefined;
      this.timerAt = Number.POSITIVE_INFINITY;
      void this.runSoon();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.deps.clearTimer(this.timer);
    this.timer = undefined;
    this.timerAt = Number.POSITIVE_INFINITY;
  }
}
