// The enrolment code as people type or scan it: "abcd efgh", "ABCD-EFGH", or a link that carries it.

/** The server's alphabet (no 0/O, 1/I/L: codes are read on one screen and typed on another). */
const CODE_PATTERN = /^[A-HJKMNP-Z2-9]{8}$/;

/** Upper-cases and drops spaces and dashes, as the server does. */
export function normaliseCode(input: string): string {
  return input.toUpperCase().replace(/[\s\-‐‑–—]/g, '');
}

/** True when the normalised code has the shape of a code (8 letters and digits of the alphabet). */
export function looksLikeCode(normalised: string): boolean {
  return CODE_PATTERN.test(normalised);
}

/** "ABCDEFGH" → "ABCD-EFGH", easier to read back. */
export function formatCode(normalised: string): string {
  return normalised.length === 8 ? `${normalised.slice(0, 4)}-${normalised.slice(4)}` : normalised;
}

/**
 * What a scanned QR code holds: the code itself, or a link to the setup screen with `?code=`.
 * Returns undefined when the text is neither.
 */
export function codeFromScan(text: string): string | undefined {
  const trimmed = text.trim();
  try {
    const url = new URL(trimmed);
    const code = url.searchParams.get('code');
    return code ? normaliseCode(code) : undefined;
  } catch {
    const code = normaliseCode(trimmed);
    return looksLikeCode(code) ? code : undefined;
  }
}
