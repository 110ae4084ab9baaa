import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { seal } from '../../src/crypto/seal';
import type { SealedBox } from '../../src/shared/records';
import { generateCentreKeys, importCentrePrivateKey } from '../crypto/centre-keys';
import { makeSecrets } from '../secrets';
import { openSealedBox, SealedBoxError } from './open-contact';

const secrets = makeSecrets(Buffer.from('unit-secret'));
const person = {
  firstName: 'Fatima',
  phone: '06 12 34 56 78',
  language: 'ar',
  preferredChannel: 'sms',
} as const;

/** Seals as DESIGN.md says, written here independently of the tablet's code. */
async function sealByHand(
  value: unknown,
  publicJwk: string,
  plain = JSON.stringify(value),
): Promise<SealedBox> {
  const subtle = webcrypto.subtle;
  const ecdh = { name: 'ECDH', namedCurve: 'P-256' } as const;
  const centre = await subtle.importKey('jwk', JSON.parse(publicJwk), ecdh, false, []);
  const eph = await subtle.generateKey(ecdh, true, ['deriveBits']);
  const bits = await subtle.deriveBits({ name: 'ECDH', public: centre }, eph.privateKey, 256);
  const hkdf = await subtle.importKey('raw', bits, 'HKDF', false, ['deriveKey']);
  const key = await subtle.deriveKey(
    {
      name: 'HKDF',
      hash: 'SHA-256',
      salt: new Uint8Array(0),
      info: new TextEncoder().encode('borne-contact-v1'),
    },
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt'],
  );
  const iv = webcrypto.getRandomValues(new Uint8Array(12));
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plain));
  const epk = await subtle.exportKey('jwk', eph.publicKey);
  return {
    alg: 'ECDH-P256+HKDF-SHA256+A256GCM',
    epk: { kty: 'EC', crv: 'P-256', x: epk.x!, y: epk.y! },
    iv: Buffer.from(iv).toString('base64'),
    ct: Buffer.from(ct).toString('base64'),
  };
}

describe('opening a sealed contact on the server', () => {
  it('opens a box sealed with ECDH P-256 + HKDF-SHA-256 + AES-256-GCM to the centre key', async () => {
    const keys = await generateCentreKeys(secrets);
    const box = await sealByHand(person, keys.publicJwk);
    const key = await importCentrePrivateKey(secrets, keys.privateJwkWrapped);
    expect(await openSealedBox(key, box)).toEqual(person);
  });

  it('opens what the tablet’s own seal() made', async () => {
    const keys = await generateCentreKeys(secrets);
    const box = await seal(person, JSON.parse(keys.publicJwk));
    const key = await importCentrePrivateKey(secrets, keys.privateJwkWrapped);
    expect(await openSealedBox(key, box)).toEqual(person);
  });

  it('refuses a box sealed to another centre, or tampered with', async () => {
    const mine = await generateCentreKeys(secrets);
    const theirs = await generateCentreKeys(secrets);
    const key = await importCentrePrivateKey(secrets, mine.privateJwkWrapped);
    await expect(openSealedBox(key, await sealByHand(person, theirs.publicJwk))).rejects.toBeInstanceOf(
      SealedBoxError,
    );
    const box = await sealByHand(person, mine.publicJwk);
    const ct = Buffer.from(box.ct, 'base64');
    ct[0] = ct[0]! ^ 1;
    await expect(openSealedBox(key, { ...box, ct: ct.toString('base64') })).rejects.toBeInstanceOf(
      SealedBoxError,
    );
  });

  it('refuses a box whose content is not a contact', async () => {
    const keys = await generateCentreKeys(secrets);
    const key = await importCentrePrivateKey(secrets, keys.privateJwkWrapped);
    const box = await sealByHand({ lastName: 'sans prénom' }, keys.publicJwk);
    await expect(openSealedBox(key, box)).rejects.toThrow(/incomplètes/);
  });

  it('says in words which fault it is: a box that opens but holds no JSON, or one that does not open', async () => {
    const keys = await generateCentreKeys(secrets);
    const key = await importCentrePrivateKey(secrets, keys.privateJwkWrapped);
    const noJson = await sealByHand(null, keys.publicJwk, 'Fatima, pas du JSON');
    await expect(openSealedBox(key, noJson)).rejects.toThrow(
      'Les coordonnées chiffrées ne contiennent pas de JSON lisible.',
    );
    const theirs = await generateCentreKeys(secrets);
    await expect(openSealedBox(key, await sealByHand(person, theirs.publicJwk))).rejects.toThrow(
      'Les coordonnées chiffrées ne s’ouvrent pas avec la clé du centre.',
    );
  });
});
