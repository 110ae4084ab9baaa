// Guards every request passes before a route reads it (issue 9): a body sent to a route that needs
// no sign-in is limited to 64 KiB before anything parses it (the signed-in dashboard and the
// tablets' push have their own limits, checked after authentication), and a U+0000 anywhere in the
// address is a 400 in words (PostgreSQL refuses it in text; nothing legitimate sends it).
import type { Context, MiddlewareHandler } from 'hono';
import { errorResponse } from './errors';

export const UNAUTHENTICATED_BODY_BYTES = 64 * 1024;
export const UNAUTHENTICATED_TOO_LARGE =
  'Requête trop grande : 64 Kio au plus sans connexion. Rien n’en a été lu ni enregistré.';
export const NUL_IN_ADDRESS = 'L’adresse demandée contient un caractère nul (%00) : elle est refusée.';

/** Paths whose bodies are limited after authentication (sync: 2 MiB, dashboard: 2 or 20 MiB). */
function limitedAfterAuth(path: string): boolean {
  if (path.startsWith('/api/v1/sync/')) return true;
  return path.startsWith('/api/v1/dashboard/') && path !== '/api/v1/dashboard/login';
}

const MAX_DISCARD_BYTES = 16 * 1024 * 1024;

/** Reads and drops the rest of a refused body, so the kept-alive connection can serve the next request. */
async function discard(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  let dropped = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      dropped += value.length;
      if (dropped > MAX_DISCARD_BYTES) return void (await reader.cancel()); // closes the connection
    }
  } catch {
    // The client went away: nothing to keep alive.
  }
}

/**
 * Hono's bodyLimit, except that a refused chunked body is drained (never kept) while the 413 goes
 * out: left unread, it stalls the connection and Node closes it. A declared Content-Length over the
 * limit is refused before one byte is read.
 */
export function limitBody(maxSize: number, onError: (c: Context) => Response): MiddlewareHandler {
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const length = c.req.header('content-length');
    if (length !== undefined && !c.req.header('transfer-encoding')) {
      if (Number(length) <= maxSize) return next();
      // Refused before one byte is read; the rest is dropped as it arrives (up to 16 MiB: past
      // that, closing costs the client less than sending it all for nothing).
      if (Number(length) <= MAX_DISCARD_BYTES) void discard(body.getReader());
      else c.header('Connection', 'close');
      return onError(c);
    }
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxSize) {
        void discard(reader);
        return onError(c);
      }
      chunks.push(value);
    }
    const whole = new Uint8Array(size);
    let offset = 0;
    for (const chunk of chunks) {
      whole.set(chunk, offset);
      offset += chunk.length;
    }
    c.req.raw = new Request(c.req.raw, { body: whole });
    return next();
  };
}

const unauthenticated = limitBody(UNAUTHENTICATED_BODY_BYTES, (c) =>
  errorResponse(c, 413, 'too_large', UNAUTHENTICATED_TOO_LARGE),
);

export function requestGuards(): MiddlewareHandler {
  return async (c, next) => {
    // The raw address, before any decoding: %00 is refused wherever it is (path or query).
    const url = c.req.url;
    if (/%00/i.test(url.slice(url.indexOf('/', url.indexOf('//') + 2))))
      return errorResponse(c, 400, 'invalid', NUL_IN_ADDRESS);
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || limitedAfterAuth(c.req.path)) return next();
    return unauthenticated(c, next);
  };
}
