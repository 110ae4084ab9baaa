// Opens a contact's sealed box in memory with the centre's private key (DESIGN.md "Sealing personal
// data"). The cryptography is the tablet's own (src/crypto/seal.ts openSealed: ECDH P-256 → HKDF-
// SHA-256 → AES-256-GCM), so the parameters live in one place; this adds the check that what is
// inside is a contact, and the sentences a coordinator or the quarantine reads. The plaintext is
// never stored.
import * as v from 'valibot';
import { SealedBoxError as BoxError, openSealed } from '../../src/crypto/seal';
import { type ContactPersonal, ContactPersonalSchema, type SealedBox } from '../../src/shared/records';

export class SealedBoxError extends Error {}

export async function openSealedBox(privateKey: CryptoKey, box: SealedBox): Promise<ContactPersonal> {
  let json: unknown;
  try {
    json = await openSealed(box, privateKey);
  } catch (err) {
    if (err instanceof BoxError && err.reason === 'json')
      throw new SealedBoxError('Les coordonnées chiffrées ne contiennent pas de JSON lisible.');
    throw new SealedBoxError('Les coordonnées chiffrées ne s’ouvrent pas avec la clé du centre.');
  }
  const parsed = v.safeParse(ContactPersonalSchema, json);
  if (!parsed.success) throw new SealedBoxError('Les coordonnées chiffrées sont incomplètes ou mal formées.');
  return parsed.output;
}
