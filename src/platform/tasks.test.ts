import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint, inSeparateTasks } from './tasks';

describe('work cut into tasks', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('runs each job in a task of its own, in order', () => {
    const ran: string[] = [];
    inSeparateTasks([() => ran.push('a'), () => ran.push('b')]);
    expect(ran).toEqual([]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a', 'b']);
  });

  it('starts the jobs only after the next frame, one task each', () => {
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: () => void) => frames.push(cb));
    const ran: string[] = [];
    afterNextPaint([() => ran.push('a'), () => ran.push('b')]);
    vi.advanceTimersByTime(100);
    expect(ran).toEqual([]); // no frame drawn yet
    frames.shift()!();
    vi.advanceTimersToNextTimer();
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a']);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual(['a', 'b']);
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual(['a', 'b']); // once, though the no-frame timer fires too
  });

  it('starts them anyway when the page draws no frame (hidden)', () => {
    vi.stubGlobal('requestAnimationFrame', () => 0);
    const ran: string[] = [];
    afterNextPaint([() => ran.push('a')]);
    vi.advanceTimersByTime(1000);
    expect(ran).toEqual(['a']);
  });
});
