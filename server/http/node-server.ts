// The Hono app on Node's HTTP server, as the server listens (serve.ts) and as the tests that need
// real HTTP listen (test-support/sync.ts `listen`).
import type { Server } from 'node:http';
import { type ServerType, serve } from '@hono/node-server';

/**
 * How long an idle kept-alive connection stays open. Node's default (5 s) is shorter than the
 * stalls a loaded small server goes through (a large SQLite push holds the event loop): past it,
 * the loop could reach the idle timer before reading a request the client had just sent on that
 * connection, and close it with the request unread — the client got ECONNRESET on a push
 * (keep-alive.test.ts). 125 s outlasts any such stall and the idle timeout of the reverse proxy
 * in front (Caddy keeps an idle connection to its upstream 2 min, nginx 60 s), so the proxy, not
 * this server, closes an idle connection: it then never sends a request on one being closed.
 */
export const KEEP_ALIVE_MS = 125_000;

/** Listens with the connection timeouts above; `onListening` gets the port. */
export function serveApp(
  opts: { fetch: (req: Request) => Response | Promise<Response>; port: number; hostname: string },
  onListening?: (info: { port: number }) => void,
): ServerType {
  const server = serve(opts, onListening);
  const http = server as Server;
  http.keepAliveTimeout = KEEP_ALIVE_MS;
  // Longer than the idle timeout, or a kept-alive connection's next request could be cut at its
  // headers (Node's advice for keepAliveTimeout).
  http.headersTimeout = KEEP_ALIVE_MS + 1000;
  return server;
}
