import { beforeEach, describe, expect, it, vi } from 'vitest';

const stored = new Map<string, unknown>();
vi.mock('idb-keyval', () => ({
  get: async (k: string) => stored.get(k),
  set: async (k: string, v: unknown) => void stored.set(k, v),
  del: async (k: string) => void stored.delete(k),
}));
const RIGHT = '2580';
vi.mock('./mode', () => ({
  exitKioskMode: async (pin: string) => (pin === RIGHT ? 'team-pin' : undefined),
}));

const { exitWithPin } = await import('./exit');

describe('leaving kiosk mode with a PIN', () => {
  beforeEach(() => stored.clear());

  it('lets staff out with the right PIN', async () => {
    expect(await exitWithPin(RIGHT, 0)).toEqual({ ok: true });
  });

  it('locks after repeated wrong PINs, then refuses even the right one until the delay is over', async () => {
    const now = 1_000_000;
    for (let i = 0; i < 4; i++)
      expect(await exitWithPin('1111', now)).toMatchObject({ ok: false, reason: 'wrong' });
    expect(await exitWithPin('1111', now)).toMatchObject({
      ok: false,
      reason: 'locked',
      remainingMs: 60_000,
    });
    expect(await exitWithPin(RIGHT, now + 30_000)).toMatchObject({ ok: false, reason: 'locked' });
    expect(await exitWithPin(RIGHT, now + 60_000)).toEqual({ ok: true });
    // The right PIN clears the count: the next wrong one is a plain "wrong" again.
    expect(await exitWithPin('1111', now + 60_000)).toMatchObject({ ok: false, reason: 'wrong' });
  });
});
