// The client address behind a reverse proxy (client-address.ts) at its edges: IPv4 carried on an
// IPv6 socket in any case, an IPv6 address that merely ends like one, IPv6 networks, a chain where
// every hop is ours, prefixes at and past their limit, and in-process requests with no socket.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustedProxies, resolveClientAddress } from './client-address';

describe('the client address at its edges', () => {
  it('an IPv4 address on an IPv6 socket is that IPv4 address, whatever the case of ::ffff', () => {
    expect(resolveClientAddress('::FFFF:10.0.0.5', '203.0.113.7', ['10.0.0.5'])).toBe('203.0.113.7');
    expect(resolveClientAddress('::ffff:198.51.100.9', undefined, [])).toBe('198.51.100.9');
    expect(resolveClientAddress('::ffff:10.0.0.5', '::ffff:203.0.113.77', ['10.0.0.5'])).toBe('203.0.113.77');
    expect(resolveClientAddress('::ffff:198.51.100.9', '203.0.113.7', ['10.0.0.5'])).toBe('198.51.100.9');
  });

  it('an IPv6 address that only ends like a mapped IPv4 one stays itself', () => {
    expect(resolveClientAddress('10.0.0.5', '1::ffff:203.0.113.7', ['10.0.0.5'])).toBe('1::ffff:203.0.113.7');
    expect(resolveClientAddress('1::ffff:10.0.0.5', '203.0.113.7', ['10.0.0.5'])).toBe('1::ffff:10.0.0.5');
  });

  it('IPv6 networks and IPv4 networks are trusted as networks', () => {
    expect(resolveClientAddress('2001:db8::9', '203.0.113.7', ['2001:db8::/32'])).toBe('203.0.113.7');
    expect(resolveClientAddress('2001:db9::9', '203.0.113.7', ['2001:db8::/32'])).toBe('2001:db9::9');
    expect(resolveClientAddress('10.0.1.200', '203.0.113.7', ['10.0.1.0/24'])).toBe('203.0.113.7');
    expect(resolveClientAddress('10.0.2.1', '203.0.113.7', ['10.0.1.0/24'])).toBe('10.0.2.1');
  });

  it('when every forwarded hop is one of ours, the client is the furthest of them', () => {
    expect(resolveClientAddress('10.0.0.5', '10.0.0.7 ,10.0.0.6', ['10.0.0.0/29'])).toBe('10.0.0.7');
    // No header, or an empty one, from a trusted proxy: the proxy itself.
    expect(resolveClientAddress('10.0.0.5', undefined, ['10.0.0.5'])).toBe('10.0.0.5');
    expect(resolveClientAddress('10.0.0.5', '', ['10.0.0.5'])).toBe('10.0.0.5');
  });

  it('a prefix is up to 32 bits for IPv4 and 128 for IPv6, one to three digits, once', () => {
    expect(parseTrustedProxies('10.0.0.0/32,10.0.0.0/0 ::/128')).toEqual([
      '10.0.0.0/32',
      '10.0.0.0/0',
      '::/128',
    ]);
    for (const bad of ['::/129', '10.0.0.0/', '10.0.0.0/0024', '10.0.0.0/24/8', '10.0.0.0/2a', '10.0.0'])
      expect(() => parseTrustedProxies(bad), bad).toThrow(`« ${bad} » n’en est pas une`);
    expect(parseTrustedProxies(' , 10.0.0.5 ,,  ::1 ')).toEqual(['10.0.0.5', '::1']);
  });

  it('a request made in-process has no socket: its address is « unknown »', async () => {
    const app = new Hono();
    app.get('/', (c) => c.text(clientAddress(c)));
    const res = await app.request('/', { headers: { 'x-forwarded-for': '203.0.113.7' } });
    expect(await res.text()).toBe('unknown');
  });
});
