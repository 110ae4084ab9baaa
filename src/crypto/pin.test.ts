import { describe, expect, it } from 'vitest';
import { makePinVerifier, PIN_ITERATIONS, verifyPin } from './pin';

const verifier = await makePinVerifier('4821');

describe('PIN check on the tablet', () => {
  it('accepts the PIN the server made the verifier from', async () => {
    expect(await verifyPin('4821', verifier)).toBe(true);
  });

  it('refuses another PIN, a malformed PIN and a weakened verifier', async () => {
    expect(await verifyPin('4822', verifier)).toBe(false);
    expect(await verifyPin('48a1', verifier)).toBe(false);
    expect(await verifyPin('4821', { ...verifier, iterations: 1000 })).toBe(false);
  });
});

describe('PIN verifiers already stored', () => {
  // Made before tablet and server shared one maker (Node's pbkdf2Sync, 120,000 iterations, 32 bytes):
  // agents' verifiers in every centre's database and team PINs on tablets look like this one.
  const stored = {
    alg: 'PBKDF2-SHA256' as const,
    iterations: 120_000,
    salt: 'c3RvcmVkLWJlZm9yZS0xMw==',
    hash: '++x+Yvl+A78VgVz5nycS/RpuTTyULycNqp75ylIId1s=',
  };

  it('still open with their PIN, and only with it', async () => {
    expect(await verifyPin('4821', stored)).toBe(true);
    expect(await verifyPin('4820', stored)).toBe(false);
  });

  it('are made in the same format and at the same cost as before', async () => {
    const fresh = await makePinVerifier('4821');
    expect(fresh).toMatchObject({ alg: stored.alg, iterations: PIN_ITERATIONS });
    expect(PIN_ITERATIONS).toBe(stored.iterations);
    expect(atob(fresh.hash)).toHaveLength(atob(stored.hash).length);
  });
});
