// BORNE_TRUSTED_PROXY: X-Forwarded-For names the client only when the request comes from a proxy
// named there. Over real sockets (the address is the socket's), on the enrolment limit.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '../config';
import { createUser } from '../services/users';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import { listen, seedWorld } from '../test-support/sync';
import { parseTrustedProxies, resolveClientAddress } from './client-address';

describe('which address is the client’s', () => {
  it('a request from a proxy not listed keeps its socket address, whatever it forwards', () => {
    expect(resolveClientAddress('198.51.100.9', '203.0.113.7', [])).toBe('198.51.100.9');
    expect(resolveClientAddress('198.51.100.9', '203.0.113.7', ['10.0.0.5'])).toBe('198.51.100.9');
  });
  it('from a trusted proxy: the last address it forwards that is not a proxy of ours', () => {
    expect(resolveClientAddress('10.0.0.5', '203.0.113.7', ['10.0.0.5'])).toBe('203.0.113.7');
    expect(resolveClientAddress('::ffff:10.0.0.5', '203.0.113.7', ['10.0.0.0/24'])).toBe('203.0.113.7');
    // The client wrote its own X-Forwarded-For: the proxy appended the real address; only that counts.
    expect(resolveClientAddress('10.0.0.5', '1.2.3.4, 203.0.113.7', ['10.0.0.5'])).toBe('203.0.113.7');
    // Two proxies of ours in a chain.
    expect(resolveClientAddress('10.0.0.5', '203.0.113.7, 10.0.0.6', ['10.0.0.5', '10.0.0.6'])).toBe(
      '203.0.113.7',
    );
    // Garbage in the header: stop at the last proxy we trust.
    expect(resolveClientAddress('10.0.0.5', 'not-an-address', ['10.0.0.5'])).toBe('10.0.0.5');
    expect(resolveClientAddress('::1', '2001:db8::7', ['::1'])).toBe('2001:db8::7');
  });
  it('the setting lists addresses or networks; anything else stops the start in words', () => {
    expect(parseTrustedProxies('10.0.0.5, 10.0.1.0/24 ::1')).toEqual(['10.0.0.5', '10.0.1.0/24', '::1']);
    expect(parseTrustedProxies(undefined)).toEqual([]);
    expect(() => loadConfig({ BORNE_TRUSTED_PROXY: 'proxy.local' })).toThrow(
      /« proxy\.local » n’en est pas une/,
    );
    expect(() => loadConfig({ BORNE_TRUSTED_PROXY: '10.0.0.0/33' })).toThrow(/BORNE_TRUSTED_PROXY/);
    expect(loadConfig({ BORNE_TRUSTED_PROXY: '127.0.0.1' }).trustedProxies).toEqual(['127.0.0.1']);
  });
});

describe.each(DB_KINDS)('the enrolment limit behind a reverse proxy on %s', (kind) => {
  let server: TestServer;
  let http: { url: string; close(): Promise<void> };
  const enrol = (forwardedFor?: string) =>
    fetch(`${http.url}/api/v1/devices/enrol`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      },
      body: JSON.stringify({ code: 'ZZZZ-ZZZZ', deviceName: 'Essai' }),
    });

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedWorld(server.deps);
    server.deps.config.enrolAttempts = 3;
    http = await listen(server.app);
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it('a forged X-Forwarded-For from an address that is not a configured proxy does not escape the limit', async () => {
    server.setNow(new Date('2026-12-01T09:00:00.000Z'));
    server.deps.config.trustedProxies = ['10.9.9.9']; // a proxy exists, but this caller is not it
    for (let i = 0; i < 3; i++) expect((await enrol(`203.0.113.${i}`)).status).toBe(401);
    // A fresh address in the header each time: still the same socket, still refused.
    expect((await enrol('203.0.113.50')).status).toBe(429);
    expect((await enrol()).status).toBe(429);
  });

  it('from the configured proxy, the forwarded client address is what the limit counts', async () => {
    server.setNow(new Date('2026-12-01T10:00:00.000Z'));
    server.deps.config.trustedProxies = ['127.0.0.1'];
    for (let i = 0; i < 3; i++) expect((await enrol('203.0.113.7')).status).toBe(401);
    expect((await enrol('203.0.113.7')).status).toBe(429);
    // Another resident's tablet behind the same proxy has its own count.
    expect((await enrol('203.0.113.8')).status).toBe(401);
    // A client that writes its own header in front of the proxy's cannot pick its address either.
    expect((await enrol('198.51.100.1, 203.0.113.7')).status).toBe(429);
  });

  it('the sign-in limit counts the forwarded client, and going over it is one log line naming it', async () => {
    server.setNow(new Date('2026-12-01T11:00:00.000Z'));
    server.deps.config.trustedProxies = ['127.0.0.1'];
    await createUser(
      server.deps.database.db,
      { login: 'admin', name: 'Admin', password: 'mot-de-passe-juste', role: 'admin' },
      server.deps.now(),
    );
    const signIn = (client: string) =>
      fetch(`${http.url}/api/v1/dashboard/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
        body: JSON.stringify({ login: 'admin', password: 'mot-de-passe-faux' }),
      });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (let i = 0; i < 5; i++) expect((await signIn('203.0.113.20')).status).toBe(401);
      for (let i = 0; i < 3; i++) expect((await signIn('203.0.113.20')).status).toBe(429);
      expect((await signIn('203.0.113.21')).status).toBe(401);
      const lines = logged.mock.calls.map((call) => String(call[0])).filter((l) => l.includes('rate-limit'));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain('203.0.113.20');
      expect(lines[0]).not.toContain('mot-de-passe');
    } finally {
      logged.mockRestore();
    }
  });
});
