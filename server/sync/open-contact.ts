// Opens a contact's sealed box in memory with the centre's private key (DESIGN.md "Sealing personal
// data"): ECDH P-256 with the box's ephemeral key → HKDF-SHA-256 (empty salt, info
// "borne-contact-v1") → AES-256-GCM with the box's 12-byte iv. The same parameters as
// src/crypto/seal.ts on the tablet. The plaintext is never stored.
import { webcrypto } from 'node:crypto';
import * as v from 'valibot';
import { type ContactPersonal, ContactPersonalSchema, type SealedBox } from '../../src/shared/records';

const INFO = new TextEncoder().encode('borne-contact-v1');

export class SealedBoxError extends Error {}

export async function openSealedBox(
  privateKey: webcrypto.CryptoKey,
  box: SealedBox,
): Promise<ContactPersonal> {
  let plain: ArrayBuffer;
  try {
    const epk = await webcrypto.subtle.importKey(
      'jwk',
      { kty: 'EC', crv: 'P-256', x: box.epk.x, y: box.epk.y, ext: true },
      { name: 'ECDH', namedCurve: 'P-256' },
      false,
      [],
    );
    const shared = await webcrypto.subtle.deriveBits({ name: 'ECDH', public: epk }, privateKey, 256);
    const hkdf = await webcrypto.subtle.importKey('raw', shared, 'HKDF', false, ['deriveKey']);
    const key = await webcrypto.subtle.deriveKey(
      { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(0), info: INFO },
      hkdf,
      { name: 'AES-GCM', length: 256 },
      false,
      ['decrypt'],
    );
    const iv = Buffer.from(box.iv, 'base64');
    if (iv.length !== 12) throw new SealedBoxError('iv');
    plain = await webcrypto.subtle.decrypt({ name: 'AES-GCM', iv }, key, Buffer.from(box.ct, 'base64'));
  } catch {
    throw new SealedBoxError('Les coordonnées chiffrées ne s’ouvrent pas avec la clé du centre.');
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(plain));
  } catch {
    throw new SealedBoxError('Les coordonnées chiffrées ne contiennent pas de JSON lisible.');
  }
  const parsed = v.safeParse(ContactPersonalSchema, json);
  if (!parsed.success) throw new SealedBoxError('Les coordonnées chiffrées sont incomplètes ou mal formées.');
  return parsed.output;
}
