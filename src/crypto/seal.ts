// Seals a contact's personal fields to the centre's public key (DESIGN.md "Sealing personal data"):
// an ephemeral ECDH P-256 key agrees a secret with the centre key, HKDF-SHA-256 (empty salt, info
// "borne-contact-v1") turns it into an AES-256-GCM key, and a random 12-byte iv encrypts the JSON.
// The ephemeral private key is never exported and is dropped after use, so the tablet cannot open
// what it sealed: only the holder of the centre's private key can.
import type { SealedBox } from '../shared/records';
import { fromBase64, toBase64 } from './base64';

export const SEAL_ALG = 'ECDH-P256+HKDF-SHA256+A256GCM' as const;
export const SEAL_INFO = 'borne-contact-v1';

/** The centre's public key as the enrolment carries it. */
export interface PublicJwk {
  kty: 'EC';
  crv: 'P-256';
  x: string;
  y: string;
}

const ECDH = { name: 'ECDH', namedCurve: 'P-256' } as const;

/** ECDH shared secret → AES-256-GCM key, with the parameters the server uses to open. */
async function aesKeyFrom(
  privateKey: CryptoKey,
  publicKey: CryptoKey,
  usage: 'encrypt' | 'decrypt',
): Promise<CryptoKey> {
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: publicKey }, privateKey, 256);
  const hkdf = await crypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: new TextEncoder().encode(SEAL_INFO) },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** Seals `value` (JSON) to `recipient`. The result holds nothing the tablet can read back. */
export async function seal(value: unknown, recipient: PublicJwk): Promise<SealedBox> {
  const centreKey = await crypto.subtle.importKey(
    'jwk',
    { kty: 'EC', crv: 'P-256', x: recipient.x, y: recipient.y, ext: true },
    ECDH,
    false,
    [],
  );
  // Not extractable: the ephemeral private half can never leave WebCrypto, nor be stored.
  const ephemeral = (await crypto.subtle.generateKey(ECDH, false, ['deriveBits'])) as CryptoKeyPair;
  const key = await aesKeyFrom(ephemeral.privateKey, centreKey, 'encrypt');
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv },
    key,
    new TextEncoder().encode(JSON.stringify(value)),
  );
  const epk = await crypto.subtle.exportKey('jwk', ephemeral.publicKey);
  return {
    alg: SEAL_ALG,
    epk: { kty: 'EC', crv: 'P-256', x: epk.x!, y: epk.y! },
    iv: toBase64(iv),
    ct: toBase64(new Uint8Array(ct)),
  };
}

/** Why a box did not open: not made for this key or tampered with (`key`), or not JSON inside. */
export class SealedBoxError extends Error {
  constructor(readonly reason: 'key' | 'json') {
    super(reason === 'key' ? 'the sealed box does not open with this key' : 'the sealed box holds no JSON');
  }
}

/**
 * Opens a sealed box with the centre's PRIVATE key: the server's only way to read a contact
 * (server/sync/open-contact.ts), with the same parameters as seal(). The tablet never holds that
 * key. Throws SealedBoxError when the box was tampered with (AES-GCM authentication fails), made
 * for another key, malformed, or holds no JSON.
 */
export async function openSealed<T = unknown>(box: SealedBox, centrePrivateKey: CryptoKey): Promise<T> {
  let clear: ArrayBuffer;
  try {
    if (box.alg !== SEAL_ALG) throw new Error('unknown sealing algorithm');
    const epk = await crypto.subtle.importKey(
      'jwk',
      { kty: 'EC', crv: 'P-256', x: box.epk.x, y: box.epk.y, ext: true },
      ECDH,
      false,
      [],
    );
    const key = await aesKeyFrom(centrePrivateKey, epk, 'decrypt');
    const iv = fromBase64(box.iv);
    if (iv.length !== 12) throw new Error('iv');
    clear = await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, fromBase64(box.ct));
  } catch {
    throw new SealedBoxError('key');
  }
  try {
    return JSON.parse(new TextDecoder().decode(clear)) as T;
  } catch {
    throw new SealedBoxError('json');
  }
}
