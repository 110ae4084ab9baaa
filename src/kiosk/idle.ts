// Inactivity on the kiosk: after `idleMs` without a touch, ask "Vous êtes toujours là ?"; if
// nobody answers within the prompt time, reset. Timers are parameters so tests can jump time.

/** How long the question stays before the reset: 30 s, or the idle time itself when shorter
 *  (a 10 s idle setting for tests should not wait 30 s more). */
export const PROMPT_MAX_MS = 30_000;

export function promptMsFor(idleMs: number): number {
  return Math.min(PROMPT_MAX_MS, idleMs);
}

export interface IdleTimers {
  set(fn: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface IdleOptions {
  /** Read at each restart, so a new setting applies from the next touch. */
  idleMs: () => number;
  onPrompt: () => void;
  onReset: () => void;
  /** While true (a step being read aloud), the time does not run out: the resident is listening. */
  isBusy?: () => boolean;
  /** While true, there is nothing to clear: no question, no reset. */
  isPristine?: () => boolean;
  timers?: IdleTimers;
}

export interface IdleWatch {
  /** A touch, a key, a scroll: the resident is there. */
  activity(): void;
  stop(): void;
}

const defaultTimers: IdleTimers = {
  set: (fn, ms) => setTimeout(fn, ms),
  clear: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

export function createIdleWatch(opts: IdleOptions): IdleWatch {
  const timers = opts.timers ?? defaultTimers;
  let handle: unknown;
  let stopped = false;

  const schedule = (fn: () => void, ms: number) => {
    if (handle !== undefined) timers.clear(handle);
    handle = stopped ? undefined : timers.set(fn, ms);
  };

  const reset = () => {
    handle = undefined;
    opts.onReset();
    schedule(idle, opts.idleMs());
  };

  function idle() {
    handle = undefined;
    if (opts.isBusy?.()) return schedule(idle, opts.idleMs());
    if (opts.isPristine?.()) return schedule(idle, opts.idleMs());
    opts.onPrompt();
    schedule(reset, promptMsFor(opts.idleMs()));
  }

  schedule(idle, opts.idleMs());
  return {
    activity() {
      schedule(idle, opts.idleMs());
    },
    stop() {
      stopped = true;
      if (handle !== undefined) timers.clear(handle);
      handle = undefined;
    },
  };
}

/** Wires the watch to the page: any touch, key or scroll counts as activity. Returns a stop. */
export function watchPageActivity(watch: IdleWatch): () => void {
  const events = ['pointerdown', 'keydown', 'wheel', 'touchstart', 'input'] as const;
  const onActivity = () => watch.activity();
  for (const e of events) document.addEventListener(e, onActivity, { capture: true, passive: true });
  return () => {
    for (const e of events) document.removeEventListener(e, onActivity, { capture: true });
    watch.stop();
  };
}
