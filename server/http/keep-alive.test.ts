// A kept-alive connection must not be closed by the server under a request the client has just
// sent on it (issue 15: concurrent-tablets.test.ts failed with ECONNRESET under a heavy load).
// With Node's default idle timeout (5 s), when the event loop was held longer than that (a large
// SQLite push, a loaded machine), the server's idle timer could fire before it read a request
// already sent on the connection, and close it with that request unread. serveApp
// (node-server.ts, what serve.ts and the tests' listen use) keeps an idle connection far longer.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { serveApp } from './node-server';

/** Holds this process's event loop, as a long synchronous piece of work does. */
function holdEventLoop(ms: number): void {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // busy: no timer, no I/O runs meanwhile
  }
}

describe('a kept-alive connection after a long stall of the server', () => {
  it('answers a POST sent on it once the loop was held past 5 s', { timeout: 30_000 }, async () => {
    // A small uncompressed answer: the server's idle timer starts when the client has read it.
    const app = new Hono().post('/push', (c) => c.json({ lastSeq: 1 }));
    const server = serveApp({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((r) => server.once('listening', r));
    const { port } = server.address() as { port: number };
    // A POST, as a push is: the client never sends one again by itself (a GET it would).
    const push = () => fetch(`http://127.0.0.1:${port}/push`, { method: 'POST', body: '{}' });
    try {
      const first = await push();
      expect(await first.json()).toEqual({ lastSeq: 1 });
      // The next push leaves from a timer due after 6 s, and the loop is held 7 s: when it gets to
      // its timers, a server closing idle connections after 5 s closes this one first, then the
      // client, which has not read that close yet, sends its push on it.
      const second = new Promise<Response>((resolve, reject) => {
        setTimeout(() => push().then(resolve, reject), 6_000);
      });
      holdEventLoop(7_000);
      expect(await (await second).json()).toEqual({ lastSeq: 1 });
    } finally {
      await new Promise((r) => server.close(r));
    }
  });
});
