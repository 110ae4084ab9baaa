import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { DB_KINDS, PG_ADMIN_URL } from '../../test-support/databases';

// The README's « Running on PostgreSQL » commands, as written, on a server that has never seen the
// project: `migrate` must bring up a database that does not exist yet, not answer « Échec ».
const tsx = join('node_modules', '.bin', 'tsx');

function migrate(env: Record<string, string>) {
  const res = spawnSync(tsx, ['server/cli/main.ts', 'migrate', '--json'], {
    env: { ...process.env, BORNE_SECRET: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

describe.each(DB_KINDS)('migrate on a fresh %s', (kind) => {
  it('creates the database and its schema when the database does not exist yet', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'borne-migrate-'));
    const name = `borne_fresh_${Math.random().toString(36).slice(2, 10)}`;
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    const env = { BORNE_DATA_DIR: dataDir, DATABASE_URL: kind === 'postgres' ? url.toString() : '' };
    try {
      const first = migrate(env);
      expect(first.err).not.toContain('Échec');
      expect(first.code).toBe(0);
      const result = JSON.parse(first.out);
      expect(result.database).toBe(kind);
      expect(result.applied.length).toBeGreaterThan(0);
      // Run again: nothing left to apply, the same schema version.
      const again = JSON.parse(migrate(env).out);
      expect(again.applied).toEqual([]);
      expect(again.schemaVersion).toBe(result.schemaVersion);
    } finally {
      if (kind === 'postgres') {
        const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.end();
      }
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

if (DB_KINDS.includes('postgres')) {
  describe('migrate on PostgreSQL with a user who may not create databases', () => {
    it('says in words what to run instead, and creates nothing', async () => {
      const role = `borne_nocreate_${Math.random().toString(36).slice(2, 8)}`;
      const name = `borne_fresh_${Math.random().toString(36).slice(2, 10)}`;
      const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
      await admin.connect();
      await admin.query(`CREATE ROLE ${role} LOGIN NOCREATEDB`);
      const dataDir = mkdtempSync(join(tmpdir(), 'borne-migrate-'));
      try {
        const url = new URL(PG_ADMIN_URL);
        url.username = role;
        url.pathname = `/${name}`;
        const res = migrate({ BORNE_DATA_DIR: dataDir, DATABASE_URL: url.toString() });
        expect(res.code).not.toBe(0);
        expect(res.err).toContain(`La base « ${name} » n’existe pas et ne peut pas être créée`);
        expect(res.err).toContain(`createdb ${name}`);
        const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
        expect(rows).toHaveLength(0);
      } finally {
        await admin.query(`DROP ROLE IF EXISTS ${role}`);
        await admin.end();
        rmSync(dataDir, { recursive: true, force: true });
      }
    });
  });
}
