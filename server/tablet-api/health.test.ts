// /api/v1/health for a load balancer: 200 only when this instance can write to its database; a
// read-only, closed or unreachable database is a 503 with `canWrite: false` and a sentence — never
// a 500, which a load balancer could not tell from a bug.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { connect, type Database_ } from '../db/connect';
import type { DB } from '../db/schema';
import { createTestServer, DB_KINDS, type TestServer } from '../test-support/databases';

interface Health {
  status: string;
  canWrite: boolean;
  message?: string;
}

async function healthOn(server: TestServer, database: Database_): Promise<{ status: number; body: Health }> {
  const res = await createApp({ ...server.deps, database }).request('/api/v1/health');
  return { status: res.status, body: (await res.json()) as Health };
}

describe.each(DB_KINDS)('health tells a load balancer when the database cannot write, on %s', (kind) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer(kind);
  });
  afterAll(() => server.close());

  it('a writable database: 200, canWrite true', async () => {
    const { status, body } = await healthOn(server, server.deps.database);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'ok', canWrite: true });
  });

  it('a read-only database: 503, canWrite false, saying it cannot write', async () => {
    let readOnly: Database_;
    if (kind === 'sqlite') {
      // The file opened read-only (a read-only disk or mount does the same).
      const file = new Database(join(server.dataDir, 'borne.db'), { readonly: true });
      const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: file }) });
      readOnly = { db, kind: 'sqlite', close: () => db.destroy() };
    } else {
      // Every session in read-only mode, as on a standby or after `SET default_transaction_read_only`.
      const url = new URL(server.databaseUrl!);
      url.searchParams.set('options', '-c default_transaction_read_only=on');
      readOnly = connect({ databaseUrl: url.toString(), dataDir: server.dataDir });
    }
    try {
      const { status, body } = await healthOn(server, readOnly);
      expect(status).toBe(503);
      expect(body.status).toBe('error');
      expect(body.canWrite).toBe(false);
      expect(body.message).toContain('ne peut plus écrire');
    } finally {
      await readOnly.close();
    }
    // The instance on the writable connection is still healthy.
    expect((await healthOn(server, server.deps.database)).status).toBe(200);
  });

  it('a closed database: 503 saying the database does not answer, not a 500', async () => {
    const closed = connect(server.deps.config);
    expect((await healthOn(server, closed)).status).toBe(200); // opened (Kysely only closes what it opened)
    await closed.close();
    const { status, body } = await healthOn(server, closed);
    expect(status).toBe(503);
    expect(body.canWrite).toBe(false);
    expect(body.message).toContain('n’arrive pas à joindre sa base de données');
  });
});

// Only PostgreSQL is a server that can stop answering (SQLite is a file this process opens); CI
// always runs it (the suite fails without PostgreSQL there).
describe.runIf(DB_KINDS.includes('postgres'))('health on a PostgreSQL that does not answer', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await createTestServer('postgres');
  });
  afterAll(() => server.close());

  it('a PostgreSQL that does not answer: 503 in words', async () => {
    const gone = connect({ databaseUrl: 'postgres://postgres@127.0.0.1:1/nothing', dataDir: server.dataDir });
    try {
      const { status, body } = await healthOn(server, gone);
      expect(status).toBe(503);
      expect(body.message).toContain('n’arrive pas à joindre sa base de données');
    } finally {
      await gone.close();
    }
  });
});
