// The tablet's sync against the real server: records made offline arrive exactly once, a revoked
// tablet wipes itself, a guide changed on the server reaches the tablet and works offline.
import { join } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import Database from 'better-sqlite3';
import { compileContent } from '../../scripts/content/compile';
import { loadConfig } from '../../server/config';
import { openRuntime } from '../../server/runtime';
import { currentContent, publishContentBundle } from '../../server/services/content';
import type { ContentBundle } from '../../src/shared/content';
import { expectNoAxeViolations } from './support/axe';
import { countLocalRows, enrolTablet, readEnrolment } from './support/enrol';
import { openControlled } from './support/pwa';
import { cli, dataDir } from './support/server';
import { demoAgent, readStore, tapTile, unlockAs } from './support/team';

/** The server's records of one tablet, read from its SQLite file (read-only, beside the server). */
function serverRecords(deviceId: string): { id: string; entity: string }[] {
  const db = new Database(join(dataDir, 'borne.db'), { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT id, entity FROM records WHERE device_id = ? ORDER BY id').all(deviceId) as {
      id: string;
      entity: string;
    }[];
  } finally {
    db.close();
  }
}

/** The common case through the team form: one theme, everything else as offered. */
async function recordEncounter(page: Page): Promise<void> {
  await page.getByRole('link', { name: /Nouvelle rencontre/ }).click();
  await tapTile(page, 'Thème (un ou plusieurs)', 'E-mail');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { name: 'Aujourd’hui', level: 1 })).toBeVisible();
}

test.describe('sync with the centre server', () => {
  test('50 encounters recorded offline, kept through an offline reload, reach the server exactly once', async ({
    page,
    context,
  }) => {
    test.setTimeout(240_000);
    const tablet = await enrolTablet(page, 'Tablette sync hors ligne');
    await openControlled(page, '/equipe');
    await unlockAs(page, demoAgent());

    await context.setOffline(true);
    for (let i = 0; i < 50; i++) await recordEncounter(page);
    expect(await countLocalRows(page, 'outbox')).toBe(50);

    // A reload with the network off: the service worker serves the app, nothing is lost.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Aujourd’hui', level: 1 })).toBeVisible();
    await page.goto('/equipe/synchronisation');
    await expect(page.getByTestId('sync-pending')).toHaveText('50 rencontres attendent l’envoi au centre.');
    await expect(page.getByTestId('sync-oldest')).toContainText('Le plus ancien a été fait');
    await expect(page.getByTestId('sync-last-error')).toContainText('Pas de réseau.');
    await expectNoAxeViolations(page, 'sync screen, offline with pending records');
    expect(serverRecords(tablet.deviceId)).toHaveLength(0);

    // The network comes back: the `online` event alone starts the sync.
    await context.setOffline(false);
    await expect(page.getByTestId('sync-pending')).toHaveText('Tout est envoyé.', { timeout: 30_000 });
    await expect(page.getByTestId('sync-last-success')).toHaveText(
      'Dernière synchronisation réussie : à l’instant.',
    );
    await expect(page.getByTestId('sync-last-error')).toHaveCount(0);
    await expectNoAxeViolations(page, 'sync screen, everything sent');

    const local = (await readStore<{ id: string }>(page, 'encounters')).map((e) => e.id).sort();
    const stored = serverRecords(tablet.deviceId);
    expect(local).toHaveLength(50);
    expect(stored.map((r) => r.id)).toEqual(local);
    expect(stored.every((r) => r.entity === 'encounter')).toBe(true);

    // The button syncs again; nothing is sent twice.
    await page.getByRole('button', { name: 'Synchroniser' }).click();
    await expect(page.getByTestId('sync-progress')).toHaveText('Synchronisation réussie.');
    expect(serverRecords(tablet.deviceId)).toHaveLength(50);
  });

  test('a record saved online is pushed on its own shortly after, and the sync screen reads well in Arabic', async ({
    page,
  }) => {
    const tablet = await enrolTablet(page, 'Tablette sync en ligne');
    await openControlled(page, '/equipe');
    await unlockAs(page, demoAgent());
    await recordEncounter(page);
    // Nobody taps "Synchroniser": the local write alone starts a push (debounced).
    await expect.poll(() => serverRecords(tablet.deviceId).length, { timeout: 30_000 }).toBe(1);
    await expect.poll(() => countLocalRows(page, 'outbox')).toBe(0);

    await page.goto('/equipe/synchronisation');
    await expect(page.getByTestId('sync-pending')).toHaveText('Tout est envoyé.');
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByTestId('sync-pending')).toHaveText('تم إرسال كل شيء.');
    await expectNoAxeViolations(page, 'sync screen in Arabic');
  });

  test('a revoked tablet wipes itself and returns to setup', async ({ page }) => {
    const tablet = await enrolTablet(page, 'Tablette à retirer');
    await openControlled(page, '/equipe');
    await unlockAs(page, demoAgent());
    await recordEncounter(page);
    expect(await countLocalRows(page, 'encounters')).toBe(1);

    cli('revoke-device', '--device', tablet.deviceId);
    await page.reload(); // the app starts, syncs, hears 403 device_revoked
    await page.waitForURL('**/installation', { timeout: 30_000 });
    await expect(
      page.getByText('La coordination a retiré cette tablette. Ses données sont effacées.'),
    ).toBeVisible();
    await expect(page.getByLabel('Code d’installation')).toBeVisible();
    expect(await readEnrolment(page)).toBeNull();
    for (const table of ['encounters', 'outbox', 'agents', 'partners']) {
      expect(await countLocalRows(page, table), table).toBe(0);
    }
    await expectNoAxeViolations(page, 'setup after a wipe');
    // The team space now sends people to setup.
    await page.goto('/equipe');
    await expect(page.getByRole('link', { name: /install/i })).toBeVisible();
  });

  test('a guide changed on the server reaches the tablet and works offline afterwards', async ({
    page,
    context,
  }) => {
    const ameli = 'ameli-compte-attestation';
    const newText = 'Ouvrez le site ameli.fr. Cette phrase vient du serveur du centre.';
    await enrolTablet(page, 'Tablette guides');
    await openControlled(page, '/borne');

    // The coordination publishes a new version of the content (the content service, as the dashboard does).
    const deps = await openRuntime(
      loadConfig({ ...process.env, BORNE_DATA_DIR: dataDir, DATABASE_URL: '' }),
      {
        migrate: false,
      },
    );
    let published: number;
    try {
      const current = await currentContent(deps.database.db);
      const bundle = JSON.parse(
        current?.bundleJson ?? JSON.stringify(compileContent('content')),
      ) as ContentBundle;
      bundle.guides.find((g) => g.id === ameli)!.steps[0]!.text.fr = newText;
      published = (await publishContentBundle(deps.database.db, bundle, 'e2e', deps.now())).version;
    } finally {
      await deps.database.close();
    }

    await page.reload(); // app start: the sync pulls the content pointer and fetches the bundle
    await expect
      .poll(
        async () =>
          Math.max(
            0,
            ...(await readStore<{ version: number }>(page, 'contentBundles')).map((b) => b.version),
          ),
        {
          timeout: 30_000,
        },
      )
      .toBe(published);

    await context.setOffline(true);
    await page.goto(`/borne/guide/${ameli}/etape/1`);
    await expect(page.getByTestId('step-text')).toHaveText(newText);
    await page.reload();
    await expect(page.getByTestId('step-text')).toHaveText(newText);
  });
});
