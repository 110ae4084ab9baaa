// The restore drill (issue 15), in Chromium against a real server of its own: a tablet records and
// syncs 20 encounters, the centre backs up (the CLI, while the server serves), 10 more are synced,
// the server is stopped and the backup restored, the server starts again on the restored file: the
// tablet learns the new epoch, pushes again what it holds, and the server holds all 30, each once.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { expectNoAxeViolations } from './support/axe';
import { signInPage } from './support/dashboard-data';
import { countLocalRows } from './support/enrol';
import { distDir } from './support/server';
import { readStore, tapTile, unlockAs } from './support/team';

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

async function recordEncounters(page: Page, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await page.getByRole('link', { name: /Nouvelle rencontre/ }).click();
    await tapTile(page, 'Thème (un ou plusieurs)', 'E-mail');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Aujourd’hui', level: 1 })).toBeVisible();
  }
  await expect.poll(() => countLocalRows(page, 'outbox'), { timeout: 30_000 }).toBe(0);
}

test.use({ baseURL });

test('restore drill: 20 synced, backup, 10 more, restore, sync again: the server holds all 30, each once', async ({
  page,
}) => {
  test.setTimeout(300_000);
  let server = await startServer();
  try {
    const { code } = cli<{ code: string }>('enrol-code');
    await page.goto('/installation');
    await page.getByLabel('Code d’installation').fill(code);
    await page.getByLabel('Nom de la tablette').fill('Tablette exercice de restauration');
    await page.getByRole('button', { name: 'Installer la tablette' }).click();
    await page.waitForURL('**/equipe', { timeout: 30_000 });
    await expect.poll(() => countLocalRows(page, 'agents'), { timeout: 15_000 }).toBeGreaterThan(0);
    const demo = JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8')) as {
      agents: { displayName: string; pin: string }[];
    };
    await unlockAs(page, demo.agents[0]!);

    await recordEncounters(page, 20);
    expect(serverEncounters()).toHaveLength(20);
    const backup = join(dataDir, 'sauvegarde-nuit.db');
    expect(cli<{ records: number }>('backup', backup).records).toBe(20); // while the server serves
    await recordEncounters(page, 10);
    expect(serverEncounters()).toHaveLength(30);

    await stopServer(server);
    const restored = cli<{ epoch: string; keptAside: string }>('restore', backup);
    expect(restored.keptAside).toContain('avant-restauration');
    expect(serverEncounters()).toHaveLength(20); // the 10 later ones are gone from the server
    server = await startServer();

    await page.goto('/equipe/synchronisation');
    await page.getByRole('button', { name: 'Synchroniser', exact: true }).click();
    await expect(page.getByTestId('sync-restore')).toContainText(
      'Le serveur du centre a été remis à partir d’une sauvegarde',
      { timeout: 30_000 },
    );
    await expect(page.getByTestId('sync-restore')).toContainText('Enregistrements renvoyés : 30.', {
      timeout: 30_000,
    });
    await expect(page.getByTestId('sync-pending')).toHaveText('Tout est envoyé.');

    const local = (await readStore<{ id: string }>(page, 'encounters')).map((e) => e.id).sort();
    const stored = serverEncounters();
    expect(local).toHaveLength(30);
    expect(stored.map((r) => r.id)).toEqual(local);
    expect(stored.every((r) => r.n === 1)).toBe(true);
    // A second sync sends nothing twice.
    await page.getByRole('button', { name: 'Synchroniser', exact: true }).click();
    await expect(page.getByTestId('sync-progress')).toHaveText('Synchronisation réussie.');
    expect(serverEncounters()).toHaveLength(30);

    // The dashboard's tablets page says what the restore lost, tablet by tablet.
    const { coordinator } = JSON.parse(readFileSync(join(dataDir, 'demo-credentials.json'), 'utf8')) as {
      coordinator: { login: string; password: string };
    };
    await signInPage(page, coordinator.login, coordinator.password);
    await page.goto('/dashboard/admin/tablettes');
    const loss = page.getByTestId('restore-loss');
    await expect(loss.getByRole('heading', { name: /^Perdu par la restauration du / })).toBeVisible();
    const row = loss.getByRole('row', { name: /Tablette exercice de restauration/ });
    await expect(row.getByRole('cell')).toHaveText(['10', '10', '0']);
    await expectNoAxeViolations(page, 'tablets page with the restore block');
  } finally {
    await stopServer(server);
  }
});
