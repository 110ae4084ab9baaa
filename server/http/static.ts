// Serves the built PWA (dist/) with the caching a service-worker app needs: the entry points are
// revalidated every time, hashed assets are cached for a year.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Hono } from 'hono';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

const NO_CACHE = new Set([
  '/index.html',
  '/sw.js',
  '/manifest.webmanifest',
  '/dashboard.html',
  '/registerSW.js',
]);

export function cacheControlFor(path: string): string {
  if (NO_CACHE.has(path)) return 'no-cache';
  if (path.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

// biome-ignore lint/suspicious/noExplicitAny: any Hono env
export function serveDist(app: Hono<any>, distDir: string): void {
  const root = normalize(distDir + sep);
  const send = (path: string) => {
    const file = normalize(join(distDir, path));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) return undefined;
    const headers = {
      'Content-Type': MIME[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': cacheControlFor(path),
    };
    return new Response(readFileSync(file), { headers });
  };

  app.get('*', (c, next) => {
    // Hono decodes the path with decodeURI (which leaves %2F, %3F… and keeps %25 as is); the rest
    // is decoded here once. A malformed escape (%E0%A4%A) is a 400 in words, not a URIError.
    let path: string;
    try {
      path = decodeURIComponent(c.req.path);
    } catch {
      return c.text('Adresse mal formée : un « % » n’y est pas suivi de deux chiffres hexadécimaux.', 400);
    }
    if (path.startsWith('/api/')) return next();
    const direct = path === '/' ? undefined : send(path);
    if (direct) return direct;
    // The dashboard is its own page; every other path is a tablet URL and gets the PWA shell.
    if (path === '/dashboard' || path.startsWith('/dashboard/')) return send('/dashboard.html') ?? next();
    if (extname(path) && path !== '/') return next();
    return send('/index.html') ?? c.text('Le site n’est pas construit : lancez « npm run build ».', 503);
  });
}
