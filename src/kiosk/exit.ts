// Leaving kiosk mode with a PIN, under the same wrong-PIN lockout as the team space
// (src/agent/lockout.ts, per tablet): a resident cannot try every 4-digit PIN at the exit.

import { clock } from '../platform/clock';
import { exitKioskMode } from './mode';

export type ExitResult = { ok: true } | { ok: false; reason: 'wrong' | 'locked'; remainingMs: number };

export async function exitWithPin(pin: string, now = clock.ms()): Promise<ExitResult> {
  const lockout = await import('../agent/lockout');
  const wait = lockout.remainingMs(await lockout.loadLockout(), now);
  if (wait > 0) return { ok: false, reason: 'locked', remainingMs: wait };
  if (await exitKioskMode(pin)) {
    await lockout.clearLockout();
    return { ok: true };
  }
  const next = await lockout.recordFailure(now);
  const remaining = lockout.remainingMs(next, now);
  return { ok: false, reason: remaining > 0 ? 'locked' : 'wrong', remainingMs: remaining };
}
