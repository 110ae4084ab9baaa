// JSON errors of DESIGN.md: { error: { code, message } }, never a stack trace.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ErrorCode } from '../../src/shared/protocol';

export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function errorResponse(c: Context, status: ContentfulStatusCode, code: ErrorCode, message: string) {
  return c.json({ error: { code, message } }, status);
}

/** Hono's onError: known errors keep their status, anything else is a plain 500 in words. */
export function handleError(err: Error, c: Context) {
  if (err instanceof HttpError) return errorResponse(c, err.status, err.code, err.message);
  // Hono's own HTTPException (e.g. from bodyLimit) carries a status.
  const status = (err as { status?: number }).status;
  if (status === 413) {
    return errorResponse(c, 413, 'too_large', 'La requête est trop grande (2 Mio au plus).');
  }
  console.error(`[server] ${c.req.method} ${c.req.path}:`, err);
  return errorResponse(c, 500, 'internal', 'Erreur interne du serveur. Réessayez dans un moment.');
}

/** Reads a JSON body; malformed JSON becomes a 400 in words. */
export async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new HttpError(400, 'invalid', "Le corps de la requête n'est pas du JSON valide.");
  }
}
