// The team PIN: lets staff leave kiosk mode on a tablet that has no agent yet (not enrolled, or
// never synced). Only a salted PBKDF2-SHA-256 verifier is kept (WebCrypto), never the PIN itself,
// in the same format as the agents' verifiers so one check (crypto/pin.ts) serves both.

import { toBase64 } from '../crypto/base64';
import { PIN_PATTERN } from '../crypto/pin';
import type { PinVerifier } from '../shared/reference';

/** Same cost as the server's agent verifiers: slow enough to make guessing from a copy expensive. */
export const TEAM_PIN_ITERATIONS = 120_000;

export async function makeTeamPinVerifier(pin: string): Promise<PinVerifier> {
  if (!PIN_PATTERN.test(pin)) throw new Error('pin_format');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: TEAM_PIN_ITERATIONS },
    key,
    256,
  );
  return {
    alg: 'PBKDF2-SHA256',
    iterations: TEAM_PIN_ITERATIONS,
    salt: toBase64(salt),
    hash: toBase64(new Uint8Array(bits)),
  };
}

/** Stores a new team PIN (as its verifier) in the device settings. */
export async function setTeamPin(pin: string): Promise<void> {
  const { updateSetting } = await import('../device/settings-store');
  await updateSetting('teamPinVerifier', await makeTeamPinVerifier(pin));
}
