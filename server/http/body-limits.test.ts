// Issue 9, "Body limits before parsing, everywhere": 64 KiB on the routes that need no sign-in
// (dashboard sign-in, tablet enrolment), 2 MiB on push, each a 413 in words answered without
// reading the rest, and the kept-alive connection still serves the next request.
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';
import { enrolTablet, listen, seedWorld, type Tablet } from '../test-support/sync';

interface Answer {
  status: number;
  body: string;
  reused: boolean;
}

/** One request on `agent` (keep-alive, one socket), with a body of `size` bytes sent as `chunked` or with a length. */
function send(
  agent: Agent,
  url: string,
  path: string,
  size: number,
  opts: { chunked?: boolean; headers?: Record<string, string> } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const body = Buffer.alloc(size, 'a');
    const headers: Record<string, string | number> = { 'content-type': 'application/json', ...opts.headers };
    if (!opts.chunked) headers['content-length'] = size;
    const req = request(new URL(path, url), { method: 'POST', agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          reused: req.reusedSocket,
        }),
      );
    });
    req.on('error', reject);
    if (opts.chunked) {
      for (let i = 0; i < size; i += 16_384) req.write(body.subarray(i, i + 16_384));
      req.end();
    } else req.end(body);
  });
}

describe.each(DB_KINDS)('body limits before parsing on %s', (kind) => {
  let server: TestServer;
  let live: { url: string; close(): Promise<void> };
  let tablet: Tablet;
  let agent: Agent;

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedWorld(server.deps);
    live = await listen(server.app);
    tablet = await enrolTablet(server.deps, (p, i) => fetch(new URL(p, live.url), i), 'centre-a');
    agent = new Agent({ keepAlive: true, maxSockets: 1 });
  });
  afterAll(async () => {
    agent.destroy();
    await live.close();
    await server.close();
  });

  it.each(['/api/v1/dashboard/login', '/api/v1/devices/enrol'])(
    '%s refuses a body over 64 KiB with a 413 in words, and the connection serves the next request',
    async (path) => {
      const big = await send(agent, live.url, path, 64 * 1024 + 1);
      expect(big.status).toBe(413);
      expect(JSON.parse(big.body).error).toMatchObject({
        code: 'too_large',
        message: expect.stringContaining('64 Kio'),
      });
      const chunked = await send(agent, live.url, path, 1024 * 1024, { chunked: true });
      expect(chunked.status).toBe(413);
      const next = await send(agent, live.url, path, 2);
      expect(next.status).toBe(400); // "aa" is not JSON: read and answered in words
      expect(next.reused).toBe(true);
    },
  );

  it('push refuses a body over 2 MiB with a 413 in words, and the connection serves the next request', async () => {
    const auth = { authorization: `Bearer ${tablet.deviceToken}` };
    const big = await send(agent, live.url, '/api/v1/sync/push', 2 * 1024 * 1024 + 1, { headers: auth });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error.code).toBe('too_large');
    const next = await send(agent, live.url, '/api/v1/sync/push', 2, { headers: auth });
    expect(next.status).toBe(400);
    expect(next.reused).toBe(true);
  });
});
