// PIN verifiers, made and checked here once for tablet and server: salted PBKDF2-SHA-256 with
// WebCrypto (the page, the workers and Node 20's `globalThis.crypto` alike). The server makes the
// agents' verifiers and publishes them; the tablet makes the team PIN's; both are checked offline
// by verifyPin. The PIN itself is never stored.
import { PIN_MIN_ITERATIONS, type PinVerifier } from '../shared/reference';
import { fromBase64, toBase64 } from './base64';
import { PIN_PATTERN } from './pin-pattern';

/** 4 to 6 digits, on the tablet's screens and the server's forms alike (src/crypto/pin-pattern.ts). */
export { PIN_PATTERN };
/** The cost of a new verifier: slow enough to make guessing from a copied database expensive. */
export const PIN_ITERATIONS = 120_000;
const HASH_BYTES = 32;

async function derive(pin: string, salt: Uint8Array<ArrayBuffer>, iterations: number, bytes: number) {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, [
    'deriveBits',
  ]);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    bytes * 8,
  );
  return new Uint8Array(bits);
}

/** A new verifier of `pin` with a fresh random salt; throws when the PIN is not 4 to 6 digits. */
export async function makePinVerifier(pin: string): Promise<PinVerifier> {
  if (!PIN_PATTERN.test(pin)) throw new Error('Le code PIN doit avoir de 4 à 6 chiffres.');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, PIN_ITERATIONS, HASH_BYTES);
  return { alg: 'PBKDF2-SHA256', iterations: PIN_ITERATIONS, salt: toBase64(salt), hash: toBase64(hash) };
}

/** Constant-time comparison, so timing says nothing about how close a guess was. */
function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** Checks `pin` against a verifier made by makePinVerifier (today's or an earlier one). */
export async function verifyPin(pin: string, verifier: PinVerifier): Promise<boolean> {
  if (!PIN_PATTERN.test(pin) || verifier.alg !== 'PBKDF2-SHA256' || verifier.iterations < PIN_MIN_ITERATIONS)
    return false;
  const expected = fromBase64(verifier.hash);
  return equal(await derive(pin, fromBase64(verifier.salt), verifier.iterations, expected.length), expected);
}
