// The resident's card (DESIGN.md `passId`): 128 random bits made on the tablet, carried by the
// resident as a QR code and a readable code. It is a pseudonym: nothing on the server ties it to a
// name. The same rules (format, check character, what a scan or a typed code means) serve the
// tablet that prints and reads cards and the server that validates records carrying one.
import * as v from 'valibot';

/** Crockford's base 32: no I, L, O, U, so a code read aloud or typed is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 26 characters hold 130 bits: the first one carries only the top 3 bits (0–7). */
export const PASS_ID_LENGTH = 26;
export const PASS_ID_PATTERN = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;
/** What a card's QR code holds: a prefix, so a QR of something else is never taken for a card. */
export const PASS_QR_PREFIX = 'BORNE-CARTE:';

export const PassIdSchema = v.pipe(
  v.string(),
  v.regex(PASS_ID_PATTERN, 'doit être un numéro de carte (26 caractères de 0 à 9 et A à Z)'),
);

/** The passId of 16 random bytes (big-endian, 128 bits → 26 characters). */
export function passIdFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== 16) throw new Error('a card needs 16 random bytes');
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  let out = '';
  for (let i = 0; i < PASS_ID_LENGTH; i++) {
    out = ALPHABET[Number(n & 31n)] + out;
    n >>= 5n;
  }
  return out;
}

/** One check character (weighted sum modulo 31, a prime): a mistyped or swapped character is caught. */
export function checkCharacter(passId: string): string {
  let sum = 0;
  for (let i = 0; i < passId.length; i++) sum += (i + 1) * ALPHABET.indexOf(passId[i]!);
  return ALPHABET[sum % 31]!;
}

/** The code printed on the card: the passId and its check character, in groups of four. */
export function readableCode(passId: string): string {
  const chars = passId + checkCharacter(passId);
  return chars.match(/.{1,4}/g)!.join(' ');
}

/** The last four characters, enough for a worker to tell two cards of a roster apart. */
export function shortCode(passId: string): string {
  return passId.slice(-4);
}

/** A typed code read as people type it: any case, spaces or dashes, O for 0, I and L for 1. */
export function parseTypedCode(text: string): string | undefined {
  const chars = text
    .toUpperCase()
    .replace(/[\s\-._]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (chars.length !== PASS_ID_LENGTH + 1) return undefined;
  const passId = chars.slice(0, PASS_ID_LENGTH);
  if (!PASS_ID_PATTERN.test(passId)) return undefined;
  return checkCharacter(passId) === chars.slice(PASS_ID_LENGTH) ? passId : undefined;
}

export function passQrText(passId: string): string {
  return `${PASS_QR_PREFIX}${passId}`;
}

/** The passId of a scanned QR code, or undefined when it is not one of our cards. */
export function passFromScan(text: string): string | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith(PASS_QR_PREFIX)) return undefined;
  const passId = trimmed.slice(PASS_QR_PREFIX.length);
  return PASS_ID_PATTERN.test(passId) ? passId : undefined;
}

/**
 * A card is tied to a name only with the resident's consent purpose `parcours` (issue 17). The
 * consent list has no such purpose yet, so a record never carries a card and a contact together.
 * A sign-up names its person by a contact or by a card. The tablet checks this before it saves
 * and the server before it stores (a refused record goes to quarantine with this sentence).
 */
export function passRuleProblem(entity: string, record: object): string | undefined {
  const { passId, contactId } = record as { passId?: unknown; contactId?: unknown };
  if (passId && contactId)
    return 'une carte et un contact ne vont pas ensemble sans l’accord « parcours » de la personne';
  if (entity === 'signup' && !passId && !contactId)
    return 'contactId : une inscription demande un contact ou une carte';
  return undefined;
}
