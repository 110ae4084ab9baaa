// A centre's sealing key pair (ECDH P-256). The public JWK goes to tablets; the private JWK is
// stored wrapped under the server secret and unwrapped in memory only to open a contact.
import { webcrypto } from 'node:crypto';
import type { Secrets } from '../secrets';

export interface CentreKeys {
  publicJwk: string;
  privateJwkWrapped: string;
}

export async function generateCentreKeys(secrets: Secrets): Promise<CentreKeys> {
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ]);
  const pub = await webcrypto.subtle.exportKey('jwk', pair.publicKey);
  const priv = await webcrypto.subtle.exportKey('jwk', pair.privateKey);
  const publicJwk = JSON.stringify({ kty: pub.kty, crv: pub.crv, x: pub.x, y: pub.y });
  return { publicJwk, privateJwkWrapped: secrets.wrap(JSON.stringify(priv)) };
}

export async function importCentrePrivateKey(
  secrets: Secrets,
  wrapped: string,
): Promise<webcrypto.CryptoKey> {
  const jwk = JSON.parse(secrets.unwrap(wrapped)) as webcrypto.JsonWebKey;
  return webcrypto.subtle.importKey('jwk', jwk, { name: 'ECDH', namedCurve: 'P-256' }, false, ['deriveBits']);
}
