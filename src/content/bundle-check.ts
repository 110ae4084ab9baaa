// Whole-bundle check on the tablet: the schema and cross-checks of src/shared/content.ts, then the
// SHA-256 of the content must equal its `hash` (a truncated or altered bundle is refused).
// No DOM here: the page and workers both use it.
import { type ContentCheck, checkContentBundle, hashedContentText } from '../shared/content';

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** Validates everything before anything is used or stored. Never throws. */
export async function verifyContentBundle(input: unknown): Promise<ContentCheck> {
  const check = checkContentBundle(input);
  if (!check.ok) return check;
  // Hash the input as received (not the parsed output, which drops fields this tablet does not know).
  const raw = input as { guides: unknown; glossary: unknown; synonyms: unknown };
  const actual = await sha256Hex(hashedContentText(raw));
  if (actual !== check.bundle.hash) {
    return {
      ok: false,
      issues: [{ path: ['hash'], message: 'ne correspond pas au contenu (paquet abîmé ou incomplet)' }],
    };
  }
  return check;
}
