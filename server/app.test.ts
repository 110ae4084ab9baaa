import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, DB_KINDS, type TestServer } from './test-support/databases';

describe.each(DB_KINDS)('centre server foundation on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind);
    const dist = server.deps.config.distDir;
    mkdirSync(join(dist, 'assets'), { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Borne</title>');
    writeFileSync(join(dist, 'sw.js'), 'self.x=1');
    writeFileSync(join(dist, 'assets', 'main-abc123.js'), 'console.log(1)');
  });
  afterAll(() => server.close());

  it('reports the database kind and the schema version on /api/v1/health', async () => {
    const res = await server.app.request('/api/v1/health');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toEqual({
      status: 'ok',
      database: kind,
      schemaVersion: expect.stringMatching(/^\d{3}_/),
      canWrite: true,
    });
  });

  it('answers an unknown API path with a JSON 404 in words', async () => {
    const res = await server.app.request('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('not_found');
    expect(body.error.message.length).toBeGreaterThan(10);
  });

  it('sends the security headers, with a CSP that forbids inline script and framing', async () => {
    const res = await server.app.request('/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('revalidates the entry points every time and caches hashed assets for a year', async () => {
    expect((await server.app.request('/')).headers.get('cache-control')).toBe('no-cache');
    expect((await server.app.request('/sw.js')).headers.get('cache-control')).toBe('no-cache');
    const asset = await server.app.request('/assets/main-abc123.js');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(asset.headers.get('content-type')).toContain('javascript');
  });

  it('serves the PWA shell for any tablet URL so deep links open', async () => {
    const res = await server.app.request('/borne/guide/caf');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Borne</title>');
  });

  it('never serves files outside dist/: a climb out of it gets the shell or a 404, never the file', async () => {
    const res = await server.app.request('/..%2F..%2Fetc%2Fpasswd');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toBe('<!doctype html><title>Borne</title>'); // the PWA shell, as for any tablet URL
    expect(text).not.toContain('root:');
    // A file beside dist/, in the data directory (where the SQLite file and the key file live).
    writeFileSync(join(server.dataDir, 'beside-dist.txt'), 'not for the web');
    const beside = await server.app.request('/..%2Fbeside-dist.txt');
    expect(beside.status).toBe(404);
    expect(await beside.text()).not.toContain('not for the web');
    const asset = await server.app.request('/assets/..%2F..%2F..%2Fpackage.json');
    expect(asset.status).toBe(404);
    expect(await asset.text()).not.toContain('"dependencies"');
  });
});
