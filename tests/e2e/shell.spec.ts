import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { openControlled } from './support/pwa';
import { distDir } from './support/server';

test.describe('tablet shell', () => {
  test('opens offline after the first visit, in French and in Arabic', async ({ page, context }) => {
    await openControlled(page, '/');
    await expect(page.getByRole('link', { name: /Je cherche de l’aide pour une démarche/ })).toBeVisible();

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Bonjour !' })).toBeVisible();
    await expect(page.getByRole('link', { name: /Espace équipe/ })).toBeVisible();
    await expect(page.getByTestId('net-indicator')).toHaveText(/Hors ligne/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

    await page.getByRole('button', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('heading', { name: 'مرحبًا!' })).toBeVisible();
    await expectNoAxeViolations(page, 'home in Arabic, offline');

    // A deep tablet URL never visited before also opens offline (navigation fallback).
    await page.goto('/equipe/reglages');
    await expect(page.getByRole('heading', { name: 'Réglages de la tablette' })).toBeVisible();
    await expect(page.getByTestId('storage-usage')).toContainText(/utilisés sur|ne dit pas/);
  });

  test('the page says « Chargement… » before any script, and no screen keeps it once drawn', async ({
    page,
  }) => {
    // Before the scripts: what index.html itself paints (a cold start waits seconds for them).
    const html = readFileSync(join(distDir, 'index.html'), 'utf8');
    expect(html).toMatch(/<div id="app">\s*<p class="loading">Chargement…<\/p>\s*<\/div>/);
    for (const [path, heading] of [
      ['/', 'Bonjour !'],
      ['/borne', 'De quoi avez-vous besoin ?'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      await expect(page.getByText('Chargement…')).toHaveCount(0);
    }
  });

  test('home screen has no accessibility violations and big touch targets', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Bonjour !' })).toBeVisible();
    await expectNoAxeViolations(page, 'home');
    for (const el of await page.locator('button, a').all()) {
      const box = await el.boundingBox();
      expect(box && Math.min(box.width, box.height)).toBeGreaterThanOrEqual(48);
    }
  });

  test('offers the update when a new service worker waits, and applies it only when asked', async ({
    page,
  }) => {
    await openControlled(page, '/');
    // Deploy a "new version": the server now serves a different sw.js (restored afterwards).
    const swFile = join(distDir, 'sw.js');
    const original = readFileSync(swFile, 'utf8');
    writeFileSync(swFile, `${original}\n// new version ${Date.now()}\n`);
    try {
      await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.getRegistration();
        await reg?.update();
      });
    } finally {
      writeFileSync(swFile, original);
    }
    const prompt = page.getByTestId('update-prompt');
    await expect(prompt).toBeVisible();
    await expect(prompt).toContainText('Nouvelle version disponible');
    // Nothing reloads on its own: the new worker waits, and the page has not navigated since.
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });
    expect(
      await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting)),
    ).toBe(true);
    await page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 42;
    });
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    expect(navigations).toBe(0);
    await Promise.all([
      page.waitForEvent('load'),
      prompt.getByRole('button', { name: 'Mettre à jour' }).click(),
    ]);
    await expect(page.getByTestId('update-prompt')).toHaveCount(0);
  });
});
