// The browser side's one clock (tablet page, sync worker, dashboard). Logic takes `now` as a
// parameter; the views, the sync worker and the defaults of that logic ask this module, never
// `new Date()` or `Date.now()`, so a test that moves this clock moves every screen and the engine
// with it. The server's clock is `Deps.now` (server/runtime.ts); scripts/clock.test.ts checks that
// no other file reads the system clock.

let source: () => Date = () => new Date();

export const clock = {
  /** Now, as a Date. */
  now: (): Date => source(),
  /** Now, in milliseconds since 1970: for countdowns and session stamps. */
  ms: (): number => source().getTime(),
};

/** Sets the clock (tests); without an argument the system clock comes back. */
export function setClock(next?: () => Date): void {
  source = next ?? (() => new Date());
}
