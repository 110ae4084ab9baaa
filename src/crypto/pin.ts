// Checks a PIN offline against the verifier the server published (salted PBKDF2-SHA-256,
// WebCrypto). The PIN itself is never stored on the tablet.
import type { PinVerifier } from '../shared/reference';
import { fromBase64 } from './base64';

export const PIN_PATTERN = /^\d{4,6}$/;

/** Constant-time comparison, so timing says nothing about how close a guess was. */
function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

export async function verifyPin(pin: string, verifier: PinVerifier): Promise<boolean> {
  if (!PIN_PATTERN.test(pin) || verifier.alg !== 'PBKDF2-SHA256' || verifier.iterations < 100_000)
    return false;
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const expected = fromBase64(verifier.hash);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(verifier.salt), iterations: verifier.iterations },
    key,
    expected.length * 8,
  );
  return equal(new Uint8Array(bits), expected);
}
