// The caller's address, for per-address rate limits and the log. Behind a reverse proxy every
// request comes from the proxy's address, so the client's is read from X-Forwarded-For — but only
// when the request really comes from a proxy named in BORNE_TRUSTED_PROXY: anyone else could write
// that header and pick a fresh address for each try, escaping the limits.
import { BlockList, isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';
import type { Deps } from '../app-env';

/** `::ffff:10.0.0.1` (IPv4 on an IPv6 socket) is the IPv4 address it carries. */
function plain(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? mapped[1]! : address;
}

/**
 * BORNE_TRUSTED_PROXY: addresses or networks (`10.0.0.5`, `10.0.0.0/24`, `::1`), separated by commas
 * or spaces. Anything else stops the start with a sentence naming the entry.
 */
export function parseTrustedProxies(text: string | undefined): string[] {
  const entries = (text ?? '').split(/[\s,]+/).filter(Boolean);
  for (const entry of entries) {
    const [address = '', bits, extra] = entry.split('/');
    const family = isIP(address);
    const max = family === 4 ? 32 : 128;
    const prefixOk = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= max);
    if (!family || !prefixOk || extra !== undefined)
      throw new Error(
        `BORNE_TRUSTED_PROXY doit lister des adresses IP ou des réseaux (10.0.0.5, 10.0.0.0/24, ::1), séparés par des virgules ; « ${entry} » n’en est pas une.`,
      );
  }
  return entries;
}

const lists = new Map<string, BlockList>();

function blockListOf(entries: string[]): BlockList {
  const key = entries.join(',');
  let list = lists.get(key);
  if (!list) {
    list = new BlockList();
    for (const entry of entries) {
      const [address = '', bits] = entry.split('/');
      const type = isIP(address) === 4 ? 'ipv4' : 'ipv6';
      if (bits === undefined) list.addAddress(address, type);
      else list.addSubnet(address, Number(bits), type);
    }
    lists.set(key, list);
  }
  return list;
}

function isTrusted(entries: string[], address: string): boolean {
  const family = isIP(address);
  return family !== 0 && blockListOf(entries).check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The client's address: the socket's, unless the socket is a trusted proxy; then X-Forwarded-For
 * read from the right, skipping the trusted proxies of a chain, up to the first address that is not
 * one (what a client put further left is its own claim, never believed).
 */
export function resolveClientAddress(
  socket: string,
  forwardedFor: string | undefined,
  trusted: string[],
): string {
  let address = plain(socket);
  if (!forwardedFor || trusted.length === 0 || !isTrusted(trusted, address)) return address;
  const hops = forwardedFor
    .split(',')
    .map((hop) => plain(hop.trim()))
    .reverse();
  for (const hop of hops) {
    if (!isIP(hop)) break; // an unreadable hop: stop at the last proxy we trust
    address = hop;
    if (!isTrusted(trusted, hop)) break;
  }
  return address;
}

/** The caller's address ('unknown' for in-process test requests, which have no socket). */
export function clientAddress(c: Context): string {
  let socket: string | undefined;
  try {
    socket = getConnInfo(c).remote.address;
  } catch {
    socket = undefined; // in-process requests (tests) have no socket
  }
  if (!socket) return 'unknown';
  return resolveClientAddress(
    socket,
    c.req.header('X-Forwarded-For'),
    (c.get('deps') as Deps).config.trustedProxies,
  );
}
