// Issue 9, "Operations messages in words": a port already in use, a data directory that is
// read-only, missing or a file, a full disk (health then says the database cannot write) and a
// damaged database file each give one sentence naming the path and what to do — never a stack.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { loadConfig } from './config';
import { connect } from './db/connect';
import { openRuntime } from './runtime';
import {
  createTestDatabase,
  createTestServer,
  DB_KINDS,
  PG_ADMIN_URL,
  type TestServer,
} from './test-support/databases';

const ROOT = join(import.meta.dirname, '..');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');

/** Runs `npm run borne -- <args>` as a person would, and returns what it printed. */
function borne(args: string[], env: Record<string, string>, uid?: number) {
  const run = spawnSync(TSX, ['server/cli/main.ts', ...args], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), BORNE_AUTO_PURGE: '0', ...env },
    encoding: 'utf8',
    timeout: 60_000,
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  return { code: run.status, out: `${run.stdout}${run.stderr}` };
}

const sentence = (text: string) => {
  expect(text).not.toMatch(/\n\s+at /); // no stack
  expect(text).toMatch(/Échec : [A-ZÀ-Ü]/);
};

describe.each(DB_KINDS)('operations messages in words on %s', (kind) => {
  let target: Awaited<ReturnType<typeof createTestDatabase>>;
  const env = () => ({ ...(target.databaseUrl ? { DATABASE_URL: target.databaseUrl } : {}) });

  beforeAll(async () => {
    target = await createTestDatabase(kind);
  });
  afterAll(() => target.drop());

  it('a port already in use: a sentence naming the port and what to do', async () => {
    const blocker = createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as { port: number }).port;
    try {
      const run = borne(['serve'], {
        ...env(),
        BORNE_DATA_DIR: target.dataDir,
        PORT: String(port),
        HOST: '127.0.0.1',
      });
      expect(run.code).toBe(1);
      sentence(run.out);
      expect(run.out).toContain(`port ${port}`);
      expect(run.out).toContain('PORT=');
    } finally {
      blocker.close();
    }
  });

  it('a data directory that is a file: a sentence naming the path', async () => {
    const file = join(target.dataDir, 'not-a-dir');
    writeFileSync(file, 'x');
    const config = { ...loadConfig({}), databaseUrl: target.databaseUrl, dataDir: file };
    await expect(openRuntime(config)).rejects.toThrow(new RegExp(`${file} est un fichier, pas un dossier`));
  });

  it('a missing data directory is created, private to the server (0700)', async () => {
    const dir = join(target.dataDir, 'new', 'data');
    const deps = await openRuntime({ ...loadConfig({}), databaseUrl: target.databaseUrl, dataDir: dir });
    await deps.database.close();
    const { statSync } = await import('node:fs');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
  });

  it('a read-only data directory: a sentence naming the path and what to do', () => {
    const dir = join(target.dataDir, 'read-only');
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    chmodSync(target.dataDir, 0o755);
    const run = borne(['list-devices'], { ...env(), BORNE_DATA_DIR: dir }, 65534);
    expect(run.code).toBe(1);
    sentence(run.out);
    expect(run.out).toContain(`${dir} est en lecture seule`);
  });
});

describe('operations messages that concern the SQLite file', () => {
  it('a damaged database file: a sentence naming the file, the server does not start', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'borne-corrupt-'));
    try {
      writeFileSync(join(dir, 'borne.db'), Buffer.alloc(8192, 0x5a));
      const run = borne(['migrate'], { BORNE_DATA_DIR: dir });
      expect(run.code).toBe(1);
      sentence(run.out);
      expect(run.out).toContain(`${join(dir, 'borne.db')} n’est pas une base de données lisible`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.each(DB_KINDS)('health says when the database cannot write, on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind);
  });
  afterAll(() => server.close());

  it('a full disk (or a read-only database): health answers 503 saying the database cannot write', async () => {
    expect((await server.app.request('/api/v1/health')).status).toBe(200);
    let app = server.app;
    let reopened: ReturnType<typeof connect> | undefined;
    if (kind === 'sqlite') {
      // The disk is full: SQLite may not grow the file by one page.
      await sql`VACUUM`.execute(server.deps.database.db);
      const { rows } = await sql<{ page_count: number }>`PRAGMA page_count`.execute(server.deps.database.db);
      await sql.raw(`PRAGMA max_page_count = ${rows[0]!.page_count}`).execute(server.deps.database.db);
    } else {
      const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
      await admin.connect();
      const name = new URL(server.databaseUrl!).pathname.slice(1);
      await admin.query(`ALTER DATABASE ${name} SET default_transaction_read_only = on`);
      await admin.end();
      reopened = connect(server.deps.config);
      app = createApp({ ...server.deps, database: reopened });
    }
    try {
      const res = await app.request('/api/v1/health');
      expect(res.status).toBe(503);
      const body = (await res.json()) as { status: string; canWrite: boolean; message: string };
      expect(body.canWrite).toBe(false);
      expect(body.message).toContain('ne peut plus écrire');
    } finally {
      await reopened?.close();
      if (kind === 'sqlite') await sql`PRAGMA max_page_count = 1073741823`.execute(server.deps.database.db);
    }
  });
});
