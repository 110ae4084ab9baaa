// The restore drill (issue 15), in Chromium against a real server of its own: a tablet records and
// syncs 20 encounters, the centre backs up (the CLI, while the server serves), 10 more are synced,
// the server is stopped and the backup restored, the server starts again on the restored file: the
// tablet learns the new epoch, pushes again what it holds, and the server holds all 30, each once.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signInPage } from './support/dashboard-data';
import { countLocalRows } from './support/enrol';
import { drillServer, recordEncounters } from './support/restore-server';
import { readStore, unlockAs } from './support/team';

const drill = drillServer();
const { dataDir, baseURL, cli } = drill;
const startServer = drill.start;
const stopServer = drill.stop;
const serverEncounters = drill.encounters;

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
    const demo = drill.demo();
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
    const { coordinator } = drill.demo();
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
