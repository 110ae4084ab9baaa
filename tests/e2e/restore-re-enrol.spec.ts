// A tablet enrolled AFTER the backup (issue 15 §4), in Chromium against a real server of its own:
// the centre backs up, a tablet is enrolled and syncs 3 encounters, the backup is restored. The
// restored server does not know the tablet: its sync screen says in words that it must be enrolled
// again and that nothing is lost; it keeps its 3 encounters; enrolled again with a new code, it keeps
// its id and sends them all again, each stored once; the dashboard's tablets page says so.
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { atTextSize, expectNoAxeViolations } from './support/axe';
import { signInPage } from './support/dashboard-data';
import { countLocalRows } from './support/enrol';
import { drillServer, recordEncounters } from './support/restore-server';
import { readStore, unlockAs } from './support/team';

const drill = drillServer();

test.use({ baseURL: drill.baseURL });

test('a tablet enrolled after the backup keeps its records, is enrolled again and sends them once', async ({
  page,
}) => {
  test.setTimeout(300_000);
  let server = await drill.start();
  try {
    const backup = join(drill.dataDir, 'sauvegarde-avant-la-tablette.db');
    drill.cli('backup', backup);
    const { code } = drill.cli<{ code: string }>('enrol-code');
    await page.goto('/installation');
    await page.getByLabel('Code d’installation').fill(code);
    await page.getByLabel('Nom de la tablette').fill('Tablette du marché');
    await page.getByRole('button', { name: 'Installer la tablette' }).click();
    await page.waitForURL('**/equipe', { timeout: 30_000 });
    await expect.poll(() => countLocalRows(page, 'agents'), { timeout: 15_000 }).toBeGreaterThan(0);
    await unlockAs(page, drill.demo().agents[0]!);
    await recordEncounters(page, 3);
    const local = (await readStore<{ id: string }>(page, 'encounters')).map((e) => e.id).sort();
    expect(drill.encounters().filter((r) => local.includes(r.id))).toHaveLength(3);

    await drill.stop(server);
    drill.cli('restore', backup);
    expect(drill.encounters().filter((r) => local.includes(r.id))).toHaveLength(0);
    server = await drill.start();

    await page.goto('/equipe/synchronisation');
    await page.getByRole('button', { name: 'Synchroniser', exact: true }).click();
    await expect(page.getByTestId('sync-last-error')).toContainText(
      'Cette tablette doit être inscrite de nouveau',
      {
        timeout: 30_000,
      },
    );
    await expect(page.getByTestId('sync-last-error')).toContainText('Rien n’est perdu');
    expect(await countLocalRows(page, 'encounters')).toBe(3);
    await atTextSize(page, 100, 'sync screen asking to enrol again');
    await atTextSize(page, 200, 'sync screen asking to enrol again');

    await page.getByTestId('sync-re-enrol').click();
    await expect(page.getByTestId('setup-re-enrol')).toContainText('Rien n’est perdu');
    await expect(page.getByLabel('Nom de la tablette')).toHaveValue('Tablette du marché');
    await atTextSize(page, 100, 'setup screen, enrolling again');
    await atTextSize(page, 200, 'setup screen, enrolling again');
    const again = drill.cli<{ code: string }>('enrol-code');
    await page.getByLabel('Code d’installation').fill(again.code);
    await page.getByRole('button', { name: 'Installer la tablette' }).click();
    await page.waitForURL('**/equipe', { timeout: 30_000 });
    await expect.poll(() => countLocalRows(page, 'outbox'), { timeout: 30_000 }).toBe(0);

    const stored = drill.encounters().filter((r) => local.includes(r.id));
    expect(stored.map((r) => r.id)).toEqual(local);
    expect(stored.every((r) => r.n === 1)).toBe(true);
    expect((await readStore<{ id: string }>(page, 'encounters')).map((e) => e.id).sort()).toEqual(local);

    const { coordinator } = drill.demo();
    await signInPage(page, coordinator.login, coordinator.password);
    await page.goto('/dashboard/admin/tablettes');
    const loss = page.getByTestId('restore-loss');
    await expect(loss).toContainText('« Tablette du marché » avait été inscrite après la sauvegarde');
    // Sent after the backup (all it had sent), back from its re-push, contacts lost.
    await expect(loss.getByRole('row', { name: /Tablette du marché/ }).getByRole('cell')).toHaveText([
      '3',
      '3',
      '0',
    ]);
    await expectNoAxeViolations(page, 'tablets page after a tablet was enrolled again');
  } finally {
    await drill.stop(server);
  }
});
