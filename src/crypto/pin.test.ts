import { describe, expect, it } from 'vitest';
import { makePinVerifier } from '../../server/crypto/pin';
import { verifyPin } from './pin';

describe('PIN check on the tablet', () => {
  const verifier = makePinVerifier('4821');

  it('accepts the PIN the server made the verifier from', async () => {
    expect(await verifyPin('4821', verifier)).toBe(true);
  });

  it('refuses another PIN, a malformed PIN and a weakened verifier', async () => {
    expect(await verifyPin('4822', verifier)).toBe(false);
    expect(await verifyPin('48a1', verifier)).toBe(false);
    expect(await verifyPin('4821', { ...verifier, iterations: 1000 })).toBe(false);
  });
});
