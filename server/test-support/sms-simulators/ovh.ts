// A local simulator of the OVHcloud API's SMS part, over HTTPS (the official client speaks HTTPS
// only) with a self-signed certificate made by openssl for 127.0.0.1. It checks each request's
// signature as OVHcloud documents it: "$1$" + SHA-1 of
// appSecret+consumerKey+method+url+body+timestamp, and implements /auth/time, POST jobs, outgoing
// (by tag and by id) and incoming (list, read, delete).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, globalAgent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface OvhSimulator {
  host: string;
  port: number;
  appKey: string;
  appSecret: string;
  consumerKey: string;
  serviceName: string;
  /** The certificate's file, for NODE_EXTRA_CA_CERTS in a child process. */
  caFile: string;
  received: { id: number; tag: string; to: string; text: string; coding: string }[];
  reply(from: string, text: string): void;
  incomingLeft(): number;
  close(): Promise<void>;
}

export function makeCertificate(): { cert: string; key: string; certFile: string } {
  const dir = mkdtempSync(join(tmpdir(), 'borne-ovh-sim-'));
  const keyFile = join(dir, 'key.pem');
  const certFile = join(dir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      keyFile,
      '-out',
      certFile,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  return { cert: readFileSync(certFile, 'utf8'), key: readFileSync(keyFile, 'utf8'), certFile };
}

export async function startOvhSimulator(): Promise<OvhSimulator> {
  const { cert, key, certFile } = makeCertificate();
  // The client uses Node's global HTTPS agent: trust the simulator's certificate in this process.
  globalAgent.options.ca = [cert];
  const appKey = 'ak-sim';
  const appSecret = 'as-sim';
  const consumerKey = 'ck-sim';
  const serviceName = 'sms-sim11111-1';
  const received: OvhSimulator['received'] = [];
  const incoming = new Map<number, { sender: string; message: string }>();
  let nextId = 1000;
  const server = createServer({ cert, key }, (req, res) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'https://sim');
      if (url.pathname === '/1.0/auth/time') return send(200, Math.round(Date.now() / 1000));
      const ts = String(req.headers['x-ovh-timestamp'] ?? '');
      const expected = `$1$${createHash('sha1')
        .update([appSecret, consumerKey, req.method, `https://127.0.0.1${req.url}`, body, ts].join('+'))
        .digest('hex')}`;
      if (req.headers['x-ovh-application'] !== appKey || req.headers['x-ovh-signature'] !== expected)
        return send(403, { message: 'Invalid signature' });
      const base = `/1.0/sms/${serviceName}`;
      if (!url.pathname.startsWith(base)) return send(404, { message: 'This service does not exist' });
      const path = url.pathname.slice(base.length);
      if (req.method === 'POST' && path === '/jobs') {
        const job = JSON.parse(body) as {
          message: string;
          receivers: string[];
          tag?: string;
          coding?: string;
        };
        const id = nextId++;
        received.push({
          id,
          tag: job.tag ?? '',
          to: job.receivers[0]!,
          text: job.message,
          coding: job.coding ?? '7bit',
        });
        return send(200, {
          ids: [id],
          invalidReceivers: [],
          validReceivers: job.receivers,
          totalCreditsRemoved: 1,
        });
      }
      if (req.method === 'GET' && path === '/outgoing') {
        const tag = url.searchParams.get('tag');
        return send(
          200,
          received.filter((r) => !tag || r.tag === tag).map((r) => r.id),
        );
      }
      const out = path.match(/^\/outgoing\/(\d+)$/);
      if (req.method === 'GET' && out) {
        const r = received.find((x) => x.id === Number(out[1]));
        return r
          ? send(200, { id: r.id, tag: r.tag, deliveryReceipt: 1, deliveredAt: new Date().toISOString() })
          : send(404, {});
      }
      if (req.method === 'GET' && path === '/incoming') return send(200, [...incoming.keys()]);
      const inc = path.match(/^\/incoming\/(\d+)$/);
      if (inc) {
        const id = Number(inc[1]);
        const m = incoming.get(id);
        if (!m) return send(404, { message: 'not found' });
        if (req.method === 'DELETE') {
          incoming.delete(id);
          return send(200, null);
        }
        return send(200, { id, ...m, creationDatetime: new Date().toISOString() });
      }
      send(404, { message: 'Not found' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    host: '127.0.0.1',
    port,
    appKey,
    appSecret,
    consumerKey,
    serviceName,
    caFile: certFile,
    received,
    reply(from, text) {
      incoming.set(nextId++, { sender: from, message: text });
    },
    incomingLeft: () => incoming.size,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
