import { afterEach, describe, expect, it } from 'vitest';
import { clock, setClock } from './clock';

describe('the browser clock', () => {
  afterEach(() => setClock());

  it('gives the time a test sets, as a Date and in milliseconds', () => {
    const at = new Date('2026-11-02T09:30:00.000Z');
    setClock(() => at);
    expect(clock.now()).toEqual(at);
    expect(clock.ms()).toBe(at.getTime());
  });

  it('follows the system clock when no test sets it', () => {
    setClock(() => new Date('2000-01-01T00:00:00.000Z'));
    setClock();
    expect(Math.abs(clock.ms() - new Date().getTime())).toBeLessThan(60_000);
  });
});
