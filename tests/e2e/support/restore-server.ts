// The restore drills' own server (tests/e2e/restore*.spec.ts): a real `borne serve --demo` on a
// SQLite file of its own, the CLI beside it (backup, restore, enrol codes), stopped as systemctl
// would, and the server's encounters read straight from its file.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { countLocalRows } from './enrol';
import { distDir } from './server';
import { tapTile } from './team';

export interface DrillServer {
  dataDir: string;
  baseURL: string;
  cli<T = Record<string, unknown>>(...args: string[]): T;
  start(): Promise<ChildProcess>;
  stop(child: ChildProcess): Promise<void>;
  encounters(): { id: string; n: number }[];
  demo(): {
    agents: { displayName: string; pin: string }[];
    coordinator: { login: string; password: string };
  };
}

export function drillServer(): DrillServer {
  const dataDir = mkdtempSync(join(tmpdir(), 'borne-e2e-restore-'));
  const port = 50000 + Math.floor(Math.random() * 9000);
  const baseURL = `http://127.0.0.1:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    BORNE_DATA_DIR: dataDir,
    BORNE_DIST_DIR: distDir,
    DATABASE_URL: '',
    BORNE_AUTO_PURGE: '0',
    BORNE_SMS: '0',
    BORNE_ENROL_ATTEMPTS: '10000',
  };

  function cli<T = Record<string, unknown>>(...args: string[]): T {
    const out = execFileSync('npx', ['tsx', 'server/cli/main.ts', ...args, '--json'], {
      env,
      encoding: 'utf8',
    });
    return JSON.parse(out.trim().split('\n').at(-1)!) as T;
  }

  async function startServer(): Promise<ChildProcess> {
    // Its own process group, so a stop reaches the server under npx and tsx.
    const child = spawn('npx', ['tsx', 'server/cli/main.ts', 'serve', '--demo'], {
      env,
      stdio: 'ignore',
      detached: true,
    });
    for (let i = 0; i < 240; i++) {
      const up = await fetch(`${baseURL}/api/v1/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) return child;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('the restore drill server did not start');
  }

  /** Stops the server as systemctl stop would (SIGTERM), and waits until it has let go of its file. */
  async function stopServer(child: ChildProcess): Promise<void> {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      return; // already gone
    }
    for (let i = 0; i < 120 && existsSync(join(dataDir, 'borne.pid')); i++) {
      await new Promise((r) => setTimeout(r, 250));
    }
  }

  function serverEncounters(): { id: string; n: number }[] {
    const db = new Database(join(dataDir, 'borne.db'), { readonly: true, fileMustExist: true });
    try {
      return db
        .prepare("SELECT id, count(*) AS n FROM records WHERE entity = 'encounter' GROUP BY id ORDER BY id")
        .all() as { id: string; n: number }[];
    } finally {
      db.close();
    }
  }

  return {
    dataDir,
    baseURL,
    cli,
    start: startServer,
    stop: stopServer,
    encounters: serverEncounters,
    demo: () => JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8')),
  };
}

export async function recordEncounters(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await page.getByRole('link', { name: /Nouvelle rencontre/ }).click();
    await tapTile(page, 'Thème (un ou plusieurs)', 'E-mail');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Aujourd’hui', level: 1 })).toBeVisible();
  }
  await expect.poll(() => countLocalRows(page, 'outbox'), { timeout: 30_000 }).toBe(0);
}
