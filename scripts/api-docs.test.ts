// server/dashboard-api/API.md is the contract of the dashboard API: every route the server
// declares under server/dashboard-api/ is written there as `METHOD /path` (parameter names free),
// every `METHOD /path` it names is a route that exists, and every « (API.md "Section") » a source
// comment points to is one of its headings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const API = readFileSync('server/dashboard-api/API.md', 'utf8');
const METHODS = 'get|post|put|delete|patch';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [path] : [];
  });
}

interface Route {
  method: string;
  path: string;
  file: string;
}

/** `app.get('/a/:id', …)`-like declarations: the routes as the server mounts them. */
function declaredRoutes(): Route[] {
  return sources('server/dashboard-api').flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(new RegExp(`\\.(${METHODS})\\(\\s*'(/[^']*)'`, 'g'))].map(
      (m) => ({ method: m[1]!.toUpperCase(), path: m[2]!, file }),
    ),
  );
}

/** A route's path as a pattern: `:name` is any one segment; the feed lives under /api/v1 itself. */
function pattern(path: string): RegExp {
  const escaped = path
    .split('/')
    .map((s) => (s.startsWith(':') ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^(/api/v1)?${escaped}$`);
}

/** Every `METHOD /path` the document names (query strings and trailing punctuation left off). */
function documented(): { method: string; path: string }[] {
  return [...API.matchAll(/\b(GET|POST|PUT|DELETE|PATCH) (\/[^\s`?),;]*)/g)].map((m) => ({
    method: m[1]!,
    path: m[2]!.replace(/[.:]+$/, ''),
  }));
}

const sameShape = (a: string, b: string) => a.replace(/:\w+/g, ':') === b.replace(/:\w+/g, ':');

describe('API.md and the dashboard routes', () => {
  const routes = declaredRoutes();

  it('finds the routes (the extraction itself works)', () => {
    expect(routes.length).toBeGreaterThan(60);
    expect(routes).toContainEqual(expect.objectContaining({ method: 'GET', path: '/sms' }));
  });

  it('documents every route the server declares', () => {
    const docs = documented();
    const missing = routes
      .filter(
        (r) =>
          !docs.some(
            (d) =>
              d.method === r.method && (sameShape(d.path, r.path) || sameShape(d.path, `/api/v1${r.path}`)),
          ),
      )
      .map((r) => `${r.method} ${r.path} (${r.file})`);
    expect(missing).toEqual([]);
  });

  it('names no route that does not exist', () => {
    const unknown = documented()
      .filter((d) => !routes.some((r) => r.method === d.method && pattern(r.path).test(d.path)))
      .map((d) => `${d.method} ${d.path}`);
    expect(unknown).toEqual([]);
  });

  it('has every section a source comment points to', () => {
    const headings = [...API.matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!.toLowerCase());
    const pointed = new Set(
      sources('server').flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/API\.md "([^"]+)"/g)].map((m) => m[1]!),
      ),
    );
    expect(pointed.size).toBeGreaterThan(10);
    expect([...pointed].filter((s) => !headings.some((h) => h.includes(s.toLowerCase())))).toEqual([]);
  });
});
