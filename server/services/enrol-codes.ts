// One-time tablet enrolment codes: short enough to type, stored hashed, valid 15 minutes.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ENROL_CODE_MINUTES } from '../../src/shared/protocol';
import type { DB } from '../db/schema';
import type { Secrets } from '../secrets';

// No 0/O, 1/I/L: codes are read on one screen and typed on another.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** Upper-cases and removes spaces and dashes, so "abcd efgh" and "ABCD-EFGH" are the same code. */
export function normaliseEnrolCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}

export async function createEnrolCode(
  db: Kysely<DB>,
  secrets: Secrets,
  input: { centreId: string; createdBy?: string },
  now: Date,
): Promise<{ code: string; expiresAt: string }> {
  const bytes = randomBytes(8);
  let raw = '';
  for (const b of bytes) raw += ALPHABET[b % ALPHABET.length];
  const code = `${raw.slice(0, 4)}-${raw.slice(4)}`;
  const expiresAt = new Date(now.getTime() + ENROL_CODE_MINUTES * 60_000).toISOString();
  await db
    .insertInto('enrol_codes')
    .values({
      code_hash: secrets.tokenHash(normaliseEnrolCode(code)),
      centre_id: input.centreId,
      expires_at: expiresAt,
      used_at: null,
      created_by: input.createdBy ?? null,
      created_at: now.toISOString(),
    })
    .execute();
  return { code, expiresAt };
}
