// PIN verifiers published to tablets: salted PBKDF2-SHA-256, checked offline with WebCrypto.
import { pbkdf2Sync, randomBytes } from 'node:crypto';
import type { PinVerifier } from '../../src/shared/reference';

export const PIN_ITERATIONS = 120_000;
export const PIN_PATTERN = /^\d{4,6}$/;

export function makePinVerifier(pin: string): PinVerifier {
  if (!PIN_PATTERN.test(pin)) throw new Error('Le code PIN doit avoir de 4 à 6 chiffres.');
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(pin, salt, PIN_ITERATIONS, 32, 'sha256');
  return {
    alg: 'PBKDF2-SHA256',
    iterations: PIN_ITERATIONS,
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
  };
}

export function randomPin(): string {
  return String(randomBytes(4).readUInt32BE(0) % 1_000_000).padStart(6, '0');
}
