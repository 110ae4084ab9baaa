import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleWatch, PROMPT_MAX_MS } from './idle';

describe('kiosk inactivity', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup(idleSeconds: number, extra: { busy?: () => boolean; pristine?: () => boolean } = {}) {
    const calls: string[] = [];
    const watch = createIdleWatch({
      idleMs: () => idleSeconds * 1000,
      onPrompt: () => calls.push('prompt'),
      onReset: () => calls.push('reset'),
      isBusy: extra.busy,
      isPristine: extra.pristine,
    });
    return { calls, watch };
  }

  it('asks "still there?" after the idle time, then resets after the prompt time', () => {
    const { calls } = setup(180);
    vi.advanceTimersByTime(179_999);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['prompt']);
    vi.advanceTimersByTime(PROMPT_MAX_MS - 1);
    expect(calls).toEqual(['prompt']);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual(['prompt', 'reset']);
  });

  it('a touch while the question is shown cancels the reset and starts the idle time again', () => {
    const { calls, watch } = setup(60);
    vi.advanceTimersByTime(60_000);
    watch.activity();
    vi.advanceTimersByTime(59_000);
    expect(calls).toEqual(['prompt']);
    vi.advanceTimersByTime(1_000);
    expect(calls).toEqual(['prompt', 'prompt']);
  });

  it('a short idle setting gets a prompt time no longer than itself', () => {
    const { calls } = setup(5);
    vi.advanceTimersByTime(5_000);
    vi.advanceTimersByTime(5_000);
    expect(calls).toEqual(['prompt', 'reset']);
  });

  it('does not interrupt a step being read aloud, nor a screen with nothing to clear', () => {
    let busy = true;
    let pristine = false;
    const { calls } = setup(10, { busy: () => busy, pristine: () => pristine });
    vi.advanceTimersByTime(30_000);
    expect(calls).toEqual([]);
    busy = false;
    pristine = true;
    vi.advanceTimersByTime(30_000);
    expect(calls).toEqual([]);
    pristine = false;
    vi.advanceTimersByTime(10_000);
    expect(calls).toEqual(['prompt']);
  });

  it('stops for good', () => {
    const { calls, watch } = setup(10);
    watch.stop();
    watch.activity();
    vi.advanceTimersByTime(60_000);
    expect(calls).toEqual([]);
  });
});
