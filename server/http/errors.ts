// JSON errors of DESIGN.md: { error: { code, message } }, never a stack trace.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../../src/shared/protocol';
import { CANNOT_WRITE_MESSAGE, isStorageFailure } from '../db/storage-errors';
import { log, logSafe } from '../log';

export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    /** More of the error body for the tablet (ErrorBody in src/shared/protocol.ts). */
    readonly extra?: { epoch?: string },
  ) {
    super(message);
  }
}

export function errorResponse(
  c: Context,
  status: ContentfulStatusCode,
  code: ErrorCode,
  message: string,
  extra?: { epoch?: string },
) {
  return c.json({ error: { code, message, ...extra } }, status);
}

/** The path as the client sent it, still percent-encoded (%0A stays three characters). */
export function rawPath(c: Context): string {
  const url = c.req.url;
  const start = url.indexOf('/', url.indexOf('//') + 2);
  const end = url.indexOf('?', start);
  return url.slice(start, end < 0 ? undefined : end);
}

/** Hono's onError: known errors keep their status, anything else is a plain 500 in words. */
export function handleError(err: Error, c: Context) {
  if (err instanceof HttpError) return errorResponse(c, err.status, err.code, err.message, err.extra);
  // Hono's own HTTPException (e.g. from bodyLimit) carries a status.
  const status = (err as { status?: number }).status;
  if (status === 413) {
    return errorResponse(c, 413, 'too_large', 'La requête est trop grande (2 Mio au plus).');
  }
  // One line per failed request: what, where, why — never a stack, never a raw newline, never the
  // query string or the body (they may carry personal data).
  const path = logSafe(rawPath(c));
  const why = logSafe(`${err.name}: ${err.message}`);
  const answer = isStorageFailure(err) ? 503 : 500;
  log('error', 'server', `${answer} ${c.req.method} ${path} — ${why}`, {
    status: answer,
    method: c.req.method,
    path,
    error: why,
  });
  if (answer === 503) return errorResponse(c, 503, 'unavailable', CANNOT_WRITE_MESSAGE);
  return errorResponse(c, 500, 'internal', 'Erreur interne du serveur. Réessayez dans un moment.');
}

const NUL_ESCAPE = /(?<!\\)(?:\\\\)*\\u0000/i;

/** Reads a JSON body; malformed JSON becomes a 400 in words, and so does U+0000 unless the caller
 *  handles it per item (push: one mutation is rejected, not the request). */
export async function readJson(c: Context, opts: { allowNul?: boolean } = {}): Promise<unknown> {
  let text: string;
  try {
    text = await c.req.text();
  } catch (err) {
    if ((err as { status?: number }).status === 413) throw err;
    throw new HttpError(400, 'invalid', 'Le corps de la requête n’a pas pu être lu en entier.');
  }
  if (!opts.allowNul && NUL_ESCAPE.test(text))
    throw new HttpError(
      400,
      'invalid',
      'Données refusées : le caractère nul (U+0000) n’est accepté dans aucun texte.',
    );
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid', "Le corps de la requête n'est pas du JSON valide.");
  }
}
