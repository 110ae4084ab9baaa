// PostgreSQL for the dashboard-postgres Playwright project: is it there, and a throw-away database
// per run (created before the server starts, dropped after the run).
import { spawnSync } from 'node:child_process';
import pg from 'pg';

export const ADMIN_URL = process.env.E2E_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** True when PostgreSQL answers within 3 seconds (synchronous: the config needs it at load time). */
export function postgresAnswers(url = ADMIN_URL): boolean {
  const probe = `const pg=require('pg');const c=new pg.Client({connectionString:${JSON.stringify(url)},connectionTimeoutMillis:3000});c.connect().then(()=>c.end()).then(()=>process.exit(0),()=>process.exit(1));`;
  const result = spawnSync(process.execPath, ['-e', probe], { timeout: 5000, stdio: 'ignore' });
  return result.status === 0;
}

/** The URL of database `name` on the same server as ADMIN_URL. */
export function databaseUrl(name: string, url = ADMIN_URL): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function checkName(name: string): string {
  if (!/^borne_e2e_[a-z0-9]+$/.test(name)) throw new Error(`refusing database name ${name}`);
  return name;
}

export function createDatabase(name: string): Promise<void> {
  return admin(async (c) => {
    await c.query(`CREATE DATABASE ${checkName(name)}`);
  });
}

/** WITH (FORCE): the server may still hold connections when the run ends. */
export function dropDatabase(name: string): Promise<void> {
  return admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${checkName(name)} WITH (FORCE)`);
  });
}
