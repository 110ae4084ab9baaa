import type { MiddlewareHandler } from 'hono';

// No inline script anywhere: the PWA and the dashboard load scripts from their own files only.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** HSTS for a year once the server is behind TLS: browsers then never try plain HTTP again. */
export const HSTS = 'max-age=31536000; includeSubDomains';

/** `behindTls` is read at each request (BORNE_SECURE_COOKIES=1 → HSTS). */
export function securityHeaders(behindTls: () => boolean = () => false): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (behindTls()) c.header('Strict-Transport-Security', HSTS);
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Permissions-Policy', 'camera=(self), microphone=(), geolocation=()');
    // Not plain same-origin: the kiosk keeps a handle on the official site's window it opens, so that
    // « J'ai fini » and the reset can close it (docs/kiosk-deployment.md). Pages that open ours are
    // still cut off.
    c.header('Cross-Origin-Opener-Policy', 'same-origin-allow-popups');
  };
}
