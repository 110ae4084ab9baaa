import { describe, expect, it } from 'vitest';
import { verifyPin } from '../crypto/pin';
import { makeTeamPinVerifier } from './team-pin';

describe('team PIN made on the tablet', () => {
  it('is checked by the same verifier check as the agents’ PINs, and only matches its own PIN', async () => {
    const verifier = await makeTeamPinVerifier('2580');
    expect(verifier.alg).toBe('PBKDF2-SHA256');
    expect(JSON.stringify(verifier)).not.toContain('2580');
    expect(await verifyPin('2580', verifier)).toBe(true);
    expect(await verifyPin('2581', verifier)).toBe(false);
  });

  it('refuses a PIN that is not 4 to 6 digits', async () => {
    await expect(makeTeamPinVerifier('12a4')).rejects.toThrow();
    await expect(makeTeamPinVerifier('123')).rejects.toThrow();
  });

  it('uses a new salt each time, so two tablets with the same PIN store different verifiers', async () => {
    const [a, b] = await Promise.all([makeTeamPinVerifier('2580'), makeTeamPinVerifier('2580')]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });
});
