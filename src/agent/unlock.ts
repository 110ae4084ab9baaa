// Unlocking the team space with an agent's PIN, checked offline against the verifier the server
// published. Wrong PINs count towards the lockout; a malformed entry (not 4–6 digits) does not.
import { PIN_PATTERN, verifyPin } from '../crypto/pin';
import type { LocalAgent } from '../db/types';
import { updateSetting } from '../device/settings-store';
import { clock } from '../platform/clock';
import { clearLockout, loadLockout, recordFailure, remainingMs, triesBeforeLock } from './lockout';
import { openSession } from './session';

export type UnlockResult =
  | { ok: true }
  | { ok: false; reason: 'format' }
  | { ok: false; reason: 'locked'; remainingMs: number }
  | { ok: false; reason: 'wrong'; triesLeft: number; remainingMs: number };

export async function unlock(agent: LocalAgent, pin: string, now = clock.ms()): Promise<UnlockResult> {
  const lock = await loadLockout();
  const wait = remainingMs(lock, now);
  if (wait > 0) return { ok: false, reason: 'locked', remainingMs: wait };
  if (!PIN_PATTERN.test(pin)) return { ok: false, reason: 'format' };
  if (await verifyPin(pin, agent.pinVerifier)) {
    await clearLockout();
    await openSession(agent.id, now);
    await updateSetting('lastAgentId', agent.id);
    return { ok: true };
  }
  const next = await recordFailure(now);
  return {
    ok: false,
    reason: 'wrong',
    triesLeft: triesBeforeLock(next),
    remainingMs: remainingMs(next, now),
  };
}
