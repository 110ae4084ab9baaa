import {
  createCipheriv,
  createDecipheriv,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  hkdfSync,
  randomBytes,
} from 'node:crypto';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { type SealedBox, SealedBoxSchema } from '../shared/records';
import { openSealed, type PublicJwk, SEAL_ALG, SealedBoxError, seal } from './seal';

async function centreKeys() {
  const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
    'deriveBits',
  ])) as CryptoKeyPair;
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const publicJwk: PublicJwk = { kty: 'EC', crv: 'P-256', x: jwk.x!, y: jwk.y! };
  return { pair, publicJwk, privateJwk: await crypto.subtle.exportKey('jwk', pair.privateKey) };
}

const person = { firstName: 'Nadia', phone: '+33612345678', language: 'ar', preferredChannel: 'sms' };

function flipFirstByte(b64: string): string {
  const bytes = Buffer.from(b64, 'base64');
  bytes[0] = bytes[0]! ^ 0x01;
  return bytes.toString('base64');
}

describe('sealing a contact to the centre key', () => {
  it('gives a box the record schema accepts, that the centre private key opens', async () => {
    const keys = await centreKeys();
    const box = await seal(person, keys.publicJwk);
    expect(v.safeParse(SealedBoxSchema, box).success).toBe(true);
    expect(JSON.stringify(box)).not.toContain('Nadia');
    expect(JSON.stringify(box)).not.toContain('612345678');
    expect(Buffer.from(box.iv, 'base64')).toHaveLength(12);
    expect(await openSealed(box, keys.pair.privateKey)).toEqual(person);
  });

  it('can be opened by plain node:crypto with the documented parameters (what the server does)', async () => {
    const keys = await centreKeys();
    const box = await seal(person, keys.publicJwk);
    const shared = diffieHellman({
      privateKey: createPrivateKey({ key: keys.privateJwk as never, format: 'jwk' }),
      publicKey: createPublicKey({ key: { ...box.epk } as never, format: 'jwk' }),
    });
    const aesKey = Buffer.from(hkdfSync('sha256', shared, Buffer.alloc(0), 'borne-contact-v1', 32));
    const data = Buffer.from(box.ct, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', aesKey, Buffer.from(box.iv, 'base64'));
    decipher.setAuthTag(data.subarray(data.length - 16));
    const clear = Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]);
    expect(JSON.parse(clear.toString('utf8'))).toEqual(person);
  });

  it('uses a new ephemeral key and iv every time, so two seals of the same data differ', async () => {
    const keys = await centreKeys();
    const a = await seal(person, keys.publicJwk);
    const b = await seal(person, keys.publicJwk);
    expect(a.epk.x).not.toBe(b.epk.x);
    expect(a.iv).not.toBe(b.iv);
    expect(a.ct).not.toBe(b.ct);
  });

  it('refuses a tampered ciphertext, a tampered iv and a swapped ephemeral key', async () => {
    const keys = await centreKeys();
    const box = await seal(person, keys.publicJwk);
    const other = await seal({ firstName: 'X' }, keys.publicJwk);
    const tampered: SealedBox[] = [
      { ...box, ct: flipFirstByte(box.ct) },
      { ...box, iv: flipFirstByte(box.iv) },
      { ...box, epk: other.epk },
    ];
    for (const t of tampered) await expect(openSealed(t, keys.pair.privateKey)).rejects.toThrow();
  });

  it('no key it makes to seal or open can be exported: the ephemeral private half and the AES keys', async () => {
    const keys = await centreKeys();
    const generated = vi.spyOn(crypto.subtle, 'generateKey');
    const derived = vi.spyOn(crypto.subtle, 'deriveKey');
    try {
      await openSealed(await seal(person, keys.publicJwk), keys.pair.privateKey);
      const made = await Promise.all(
        [...generated.mock.results, ...derived.mock.results].map((r) => r.value),
      );
      const privateHalves = made.map((k: CryptoKey | CryptoKeyPair) =>
        'privateKey' in k ? k.privateKey : k,
      );
      expect(privateHalves.map((k) => [k.type, k.extractable])).toEqual([
        ['private', false], // the ephemeral key
        ['secret', false], // AES key, sealing
        ['secret', false], // AES key, opening
      ]);
    } finally {
      generated.mockRestore();
      derived.mockRestore();
    }
  });

  it('cannot be opened with another centre private key', async () => {
    const keys = await centreKeys();
    const stranger = await centreKeys();
    const box = await seal(person, keys.publicJwk);
    await expect(openSealed(box, stranger.pair.privateKey)).rejects.toThrow();
  });
});

/** A box made by hand with node:crypto and the documented parameters: any plaintext, any iv length. */
function handMadeBox(centre: PublicJwk, clear: Buffer, ivLength = 12): SealedBox {
  const ephemeral = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const shared = diffieHellman({
    privateKey: ephemeral.privateKey,
    publicKey: createPublicKey({ key: { ...centre } as never, format: 'jwk' }),
  });
  const aesKey = Buffer.from(hkdfSync('sha256', shared, Buffer.alloc(0), 'borne-contact-v1', 32));
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv('aes-256-gcm', aesKey, iv);
  const ct = Buffer.concat([cipher.update(clear), cipher.final(), cipher.getAuthTag()]);
  const epk = ephemeral.publicKey.export({ format: 'jwk' }) as { x: string; y: string };
  return {
    alg: SEAL_ALG,
    epk: { kty: 'EC', crv: 'P-256', x: epk.x, y: epk.y },
    iv: iv.toString('base64'),
    ct: ct.toString('base64'),
  };
}

describe('opening refuses what seal() never makes, and says why', () => {
  it('a box made with the documented parameters opens (the hand-made boxes below are right)', async () => {
    const keys = await centreKeys();
    const box = handMadeBox(keys.publicJwk, Buffer.from(JSON.stringify(person)));
    expect(await openSealed(box, keys.pair.privateKey)).toEqual(person);
  });

  it('a box that opens but holds no JSON: « json »', async () => {
    const keys = await centreKeys();
    const error = await openSealed(
      handMadeBox(keys.publicJwk, Buffer.from('Nadia, pas du JSON')),
      keys.pair.privateKey,
    ).catch((e) => e);
    expect(error).toBeInstanceOf(SealedBoxError);
    expect(error).toMatchObject({ reason: 'json', message: 'the sealed box holds no JSON' });
  });

  it('an iv that is not 12 bytes, even one that would decrypt: « key »', async () => {
    const keys = await centreKeys();
    const box = handMadeBox(keys.publicJwk, Buffer.from(JSON.stringify(person)), 16);
    const error = await openSealed(box, keys.pair.privateKey).catch((e) => e);
    expect(error).toMatchObject({ reason: 'key', message: 'the sealed box does not open with this key' });
  });

  it('another algorithm named in the box, even with a box that would open: « key »', async () => {
    const keys = await centreKeys();
    const box = await seal(person, keys.publicJwk);
    const error = await openSealed(
      { ...box, alg: 'RSA-OAEP' as typeof SEAL_ALG },
      keys.pair.privateKey,
    ).catch((e) => e);
    expect(error).toBeInstanceOf(SealedBoxError);
    expect(error).toMatchObject({ reason: 'key' });
  });
});
