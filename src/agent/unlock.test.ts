import 'fake-indexeddb/auto';
import { clear } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { makePinVerifier } from '../crypto/pin';
import { deviceSettings } from '../device/settings-store';
import { session } from './session';
import { unlock } from './unlock';

const agent = {
  id: 'agent-1',
  centreId: 'arbrisseau',
  displayName: 'Samira',
  role: 'agent' as const,
  pinVerifier: await makePinVerifier('482193'),
};

describe('unlocking with a PIN', () => {
  beforeEach(async () => {
    await clear();
    session.value = undefined;
  });

  it('opens the session with the right PIN and remembers the agent', async () => {
    expect(await unlock(agent, '482193', 1_000)).toEqual({ ok: true });
    expect(session.value).toMatchObject({ agentId: 'agent-1', lastActivityAt: 1_000 });
    expect(deviceSettings.value.lastAgentId).toBe('agent-1');
  });

  it('locks after five wrong PINs, refuses even the right one until the delay passed', async () => {
    for (let i = 1; i <= 4; i++)
      expect(await unlock(agent, '000000', 1_000)).toMatchObject({
        ok: false,
        reason: 'wrong',
        triesLeft: 5 - i,
      });
    expect(await unlock(agent, '000000', 1_000)).toEqual({
      ok: false,
      reason: 'wrong',
      triesLeft: 0,
      remainingMs: 60_000,
    });
    expect(await unlock(agent, '482193', 31_000)).toEqual({
      ok: false,
      reason: 'locked',
      remainingMs: 30_000,
    });
    expect(session.value).toBeUndefined();
    // After the minute, one more wrong PIN locks for 2 minutes; the right one opens and resets.
    expect(await unlock(agent, '111111', 62_000)).toMatchObject({ reason: 'wrong', remainingMs: 120_000 });
    expect(await unlock(agent, '482193', 183_000)).toEqual({ ok: true });
    expect(await unlock(agent, '000000', 184_000)).toMatchObject({ reason: 'wrong', triesLeft: 4 });
  });

  it('does not count an entry that is not 4 to 6 digits', async () => {
    for (let i = 0; i < 6; i++)
      expect(await unlock(agent, '12', 1_000)).toEqual({ ok: false, reason: 'format' });
    expect(await unlock(agent, '482193', 1_000)).toEqual({ ok: true });
  });
});
