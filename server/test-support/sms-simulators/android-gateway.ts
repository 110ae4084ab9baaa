// A local simulator of SMS Gateway for Android's documented HTTP API (3rdparty/v1), for the server
// suite and the SIGKILL test: Basic auth, POST /message (the message id is the client's), GET
// /message/:id. It counts what it received per id, so a test can say "sent once". `slowFrom` holds
// the answers after the Nth message (the message is recorded first), to kill a sender mid-batch.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SimulatedSms {
  id: string;
  to: string;
  text: string;
}

export interface AndroidGatewaySimulator {
  url: string;
  login: string;
  password: string;
  received: SimulatedSms[];
  countById(): Map<string, number>;
  failNext(status: number): void;
  /** From now on, answer every message at once (the « slow » mode of a kill test ends). */
  answerAtOnce(): void;
  close(): Promise<void>;
}

export async function startAndroidGatewaySimulator(
  opts: { slowFrom?: number; slowMs?: number; port?: number } = {},
): Promise<AndroidGatewaySimulator> {
  const login = 'centre';
  const password = 'mot-de-passe-passerelle';
  const received: SimulatedSms[] = [];
  const states = new Map<string, string>();
  const failures: number[] = [];
  let slowFrom = opts.slowFrom;
  const expected = `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;
  const server: Server = createServer((req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== expected) return send(401, { message: 'Unauthorized' });
    const url = new URL(req.url ?? '/', 'http://sim');
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      if (req.method === 'POST' && url.pathname === '/3rdparty/v1/message') {
        const fail = failures.shift();
        if (fail) return send(fail, { message: 'simulated failure' });
        const m = JSON.parse(body) as { id?: string; message: string; phoneNumbers: string[] };
        const id = m.id ?? `sim-${received.length + 1}`;
        received.push({ id, to: m.phoneNumbers[0]!, text: m.message });
        states.set(id, 'Pending');
        const answer = {
          id,
          state: 'Pending',
          recipients: [{ phoneNumber: m.phoneNumbers[0], state: 'Pending' }],
        };
        if (slowFrom !== undefined && received.length >= slowFrom)
          setTimeout(() => send(202, answer), opts.slowMs ?? 5_000);
        else send(202, answer);
        return;
      }
      const m = url.pathname.match(/^\/3rdparty\/v1\/message\/([^/]+)$/);
      if (req.method === 'GET' && m) {
        const id = decodeURIComponent(m[1]!);
        const state = states.get(id);
        if (!state) return send(404, { message: 'Message not found' });
        return send(200, { id, state, recipients: [] });
      }
      send(404, { message: 'Not found' });
    });
  });
  await new Promise<void>((r) => server.listen(opts.port ?? 0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/3rdparty/v1`,
    login,
    password,
    received,
    countById() {
      const counts = new Map<string, number>();
      for (const r of received) counts.set(r.id, (counts.get(r.id) ?? 0) + 1);
      return counts;
    },
    failNext(status) {
      failures.push(status);
    },
    answerAtOnce() {
      slowFrom = undefined;
    },
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
