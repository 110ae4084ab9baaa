// The server secret: BORNE_SECRET, or a key file made on first start with 0600 rights.
// Sub-keys are derived from it with HKDF, one per use, so one leak does not open the others.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { importCentrePrivateKey } from './crypto/centre-keys';
import { prepareDataDir, StartupError } from './db/data-dir';
import type { DB } from './db/schema';

export interface Secrets {
  /** Encrypts a small secret (a centre's private key) for storage in the database. */
  wrap(plain: string): string;
  unwrap(wrapped: string): string;
  /** Keyed hash for lookups (contact phone / e-mail); the tablet never has this key. */
  lookupHash(value: string): string;
  /** Hash of a bearer token or session id for storage; the token itself is never stored. */
  tokenHash(token: string): string;
}

export function loadSecret(dataDir: string, envSecret: string | undefined): Buffer {
  // The data directory is made private (0700) whichever secret is used, and so is a key file left there.
  prepareDataDir(dataDir);
  const file = join(dataDir, 'secret.key');
  if (envSecret) {
    if (existsSync(file)) chmodSync(file, 0o600);
    return Buffer.from(envSecret, 'utf8');
  }
  if (!existsSync(file)) {
    writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
  }
  chmodSync(file, 0o600);
  return Buffer.from(readFileSync(file, 'utf8').trim(), 'utf8');
}

function subKey(secret: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, Buffer.alloc(0), `borne:${purpose}`, 32));
}

export function makeSecrets(secret: Buffer): Secrets {
  const wrapKey = subKey(secret, 'wrap');
  const lookupKey = subKey(secret, 'lookup');
  const tokenKey = subKey(secret, 'token');
  return {
    wrap(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', wrapKey, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [
        'v1',
        iv.toString('base64url'),
        ct.toString('base64url'),
        cipher.getAuthTag().toString('base64url'),
      ].join('.');
    },
    unwrap(wrapped) {
      const [tag, iv, ct, authTag] = wrapped.split('.');
      if (tag !== 'v1' || !iv || !ct || !authTag) throw new Error('Clé chiffrée illisible.');
      const decipher = createDecipheriv('aes-256-gcm', wrapKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(authTag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ct, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
    lookupHash(value) {
      return createHmac('sha256', lookupKey).update(value).digest('base64url');
    },
    tokenHash(token) {
      return createHmac('sha256', tokenKey).update(token).digest('base64url');
    },
  };
}

/** Where the secret came from, as the operator knows it. */
export function secretSource(dataDir: string, envSecret: string | undefined): string {
  return envSecret ? 'BORNE_SECRET' : `le fichier ${join(dataDir, 'secret.key')}`;
}

/**
 * Checked at start: the secret must open every centre's private key. A changed or lost secret is
 * refused here, in words, rather than found later when contacts do not open and pushes fail.
 */
export async function checkSecretOpensCentres(
  db: Kysely<DB>,
  secrets: Secrets,
  source: string,
): Promise<void> {
  const centres = await db.selectFrom('centres').select(['name', 'private_key_enc']).execute();
  for (const centre of centres) {
    try {
      await importCentrePrivateKey(secrets, centre.private_key_enc);
    } catch {
      throw new StartupError(
        `Le secret du serveur (${source}) n’ouvre pas la clé du centre « ${centre.name} » : il a changé ou a été perdu depuis que ce centre a été créé. Le serveur ne démarre pas, pour ne pas refuser les contacts des tablettes. Remettez le secret d’origine (la valeur de BORNE_SECRET ou le fichier secret.key de votre sauvegarde), puis relancez ; sans lui, les contacts déjà reçus ne peuvent plus être ouverts.`,
      );
    }
  }
}
