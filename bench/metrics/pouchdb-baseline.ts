// The reference of the sync metric: the same 10,000 documents replicated by PouchDB from Chromium
// (IndexedDB) to a PouchDB server (express-pouchdb over LevelDB on disk) on the same machine. Its
// packages come from bench/package.json (bench/node_modules), never from the product's install.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { COUNT, IDB_HELPERS, inPage } from './sync-page';

/** The same documents into a local PouchDB, then one timed replication to the server. */
const POUCH_REPLICATE = `async function (arg) {
  ${IDB_HELPERS}
  var local = new PouchDB('bench');
  var ctx = { centreId: 'arbrisseau', deviceId: 'pouch', agentId: 'agent' };
  var docs = [];
  for (var i = 0; i < arg.count; i++) {
    var record = makeEncounter(ctx, i);
    record._id = record.id;
    docs.push(record);
  }
  await local.bulkDocs(docs);
  var started = performance.now();
  var info = await local.replicate.to(arg.remote, { batch_size: 500 });
  return { ms: performance.now() - started, written: info.docs_written };
}`;

interface PouchServer {
  url: string;
  stop(): Promise<void>;
}

/** express-pouchdb over PouchDB (LevelDB on disk), serving the bench page on the same origin. */
async function startPouchServer(): Promise<PouchServer> {
  const require = createRequire(new URL('../package.json', import.meta.url));
  const express = require('express') as () => {
    get(path: string, fn: (req: unknown, res: { type(t: string): { send(b: string): void } }) => void): void;
    use(path: string, app: unknown): void;
    listen(port: number, host: string, cb: () => void): Server;
  };
  const PouchDB = require('pouchdb') as { defaults(opts: { prefix: string }): unknown };
  const expressPouchDB = require('express-pouchdb') as (db: unknown, opts: object) => unknown;
  const dir = mkdtempSync(join(tmpdir(), 'borne-pouch-'));
  const script = readFileSync(require.resolve('pouchdb/dist/pouchdb.min.js'), 'utf8');
  const app = express();
  app.get('/', (_req, res) => res.type('html').send('<!doctype html><title>PouchDB</title>'));
  app.get('/pouchdb.min.js', (_req, res) => res.type('js').send(script));
  app.use(
    '/db',
    expressPouchDB(PouchDB.defaults({ prefix: `${dir}/` }), {
      mode: 'minimumForPouchDB',
      logPath: join(dir, 'log.txt'),
    }),
  );
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await new Promise((resolve) => server.close(resolve));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Seconds for PouchDB to replicate the same 10,000 documents to its server (batches of 500, as ours). */
export async function measurePouch(browser: Browser): Promise<number> {
  const server = await startPouchServer();
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.addScriptTag({ url: '/pouchdb.min.js' });
    const result = await inPage<{ ms: number; written: number }>(page, POUCH_REPLICATE, {
      count: COUNT,
      remote: `${server.url}/db/bench`,
    });
    if (result.written !== COUNT) throw new Error(`PouchDB wrote ${result.written} documents`);
    return result.ms / 1000;
  } finally {
    await context.close();
    await server.stop();
  }
}
