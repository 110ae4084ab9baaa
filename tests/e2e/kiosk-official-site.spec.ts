// Official sites under the kiosk's control (issue 14, point 1): one named window the kiosk keeps a
// handle to; « J'ai fini », the idle prompt and the reset show the logout screen, read aloud, then
// close that window. The official sites are pages served by Playwright in place of the real ones
// (this machine has no Internet); the kiosk and its server are the real ones.
import { type BrowserContext, expect, type Page, test } from '@playwright/test';
import { compileContent } from '../../scripts/content/compile';
import { expectAccessibleAtBothSizes } from './support/kiosk';
import { openControlled } from './support/pwa';
import { installVoices, spokenTexts } from './support/speech';

const bundle = compileContent('content');
const IMPOTS = bundle.guides.find((g) => g.id === 'impots-declarer-revenus')!;
const AMELI = bundle.guides.find((g) => g.id === 'ameli-compte-attestation')!;

/** Serves a stand-in for an official site; `coop` makes it cut the link to its opener. */
async function serveOfficialSite(context: BrowserContext, url: string, coop = false) {
  await context.route(`${new URL(url).origin}/**`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      headers: coop ? { 'Cross-Origin-Opener-Policy': 'same-origin' } : {},
      body: '<!doctype html><title>Site officiel</title><button>Se déconnecter</button>',
    }),
  );
}

async function openSiteFrom(page: Page, context: BrowserContext, guideId: string): Promise<Page> {
  await page.goto(`/borne/guide/${guideId}`);
  const popup = context.waitForEvent('page');
  await page.getByTestId('official-link').click();
  const site = await popup;
  await site.waitForLoadState();
  return site;
}

test.describe('official sites opened from a guide', () => {
  test('« J’ai fini » shows the logout screen, read aloud, then closes the one named site window', async ({
    page,
    context,
  }) => {
    test.slow(); // a dialog checked by axe at two text sizes, in two languages
    await installVoices(context);
    await serveOfficialSite(context, IMPOTS.officialUrl);
    await openControlled(page, '/borne');
    const site = await openSiteFrom(page, context, IMPOTS.id);
    expect(site.url()).toBe(IMPOTS.officialUrl);
    expect(await site.evaluate(() => window.name)).toBe('borne-site-officiel');
    // A second opening reuses the same window.
    await page.getByTestId('official-link').click();
    await expect.poll(() => context.pages().length).toBe(2);

    await page.bringToFront();
    await page.getByTestId('finish-button').click();
    const screen = page.getByTestId('logout-screen');
    await expect(
      screen.getByRole('heading', { name: 'Déconnectez-vous du site, puis fermez-le' }),
    ).toBeVisible();
    await expect(
      screen.getByRole('img', { name: 'Le bouton « Se déconnecter », en haut d’un site.' }),
    ).toBeVisible();
    await expect
      .poll(() => spokenTexts(page))
      .toContainEqual(expect.stringContaining('Déconnectez-vous du site, puis fermez-le.'));
    await expectAccessibleAtBothSizes(page, 'logout screen', {
      open: () => page.getByTestId('finish-button').click(),
      close: () => page.keyboard.press('Escape'),
    });
    await expect(screen).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(screen).toBeHidden();
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.getByTestId('finish-button').click();
    await expect(screen.getByRole('heading', { name: 'سجّل الخروج من الموقع، ثم أغلقه' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await screen.getByRole('button', { name: 'تم: أغلق الموقع' }).click();

    await expect.poll(() => site.isClosed()).toBe(true);
    await expect(page).toHaveURL(/\/borne$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByTestId('site-close-notice')).toHaveCount(0);
  });

  test('with the network cut, the idle prompt says to log out and the reset closes the site window', async ({
    page,
    context,
  }) => {
    await serveOfficialSite(context, AMELI.officialUrl);
    await openControlled(page, '/equipe/reglages');
    await page.getByLabel('Retour au début après combien de secondes sans toucher l’écran ?').fill('5');
    await page.getByRole('button', { name: 'Enregistrer la durée' }).click();
    await expect(page.getByText('Enregistré.')).toBeVisible();
    const site = await openSiteFrom(page, context, AMELI.id);
    await page.bringToFront();
    await context.setOffline(true);

    const prompt = page.getByTestId('idle-prompt');
    await expect(prompt.getByRole('heading', { name: 'Vous êtes toujours là ?' })).toBeVisible({
      timeout: 15_000,
    });
    await expect(
      prompt.getByRole('heading', { name: 'Déconnectez-vous du site, puis fermez-le' }),
    ).toBeVisible();
    await expect(prompt.getByTestId('idle-seconds')).toHaveText(/^Encore [1-5] secondes\.$/);
    await expect(prompt.getByRole('button', { name: 'Recommencer maintenant' })).toBeVisible();
    await expect.poll(() => site.isClosed(), { timeout: 15_000 }).toBe(true);
    await expect(page).toHaveURL(/\/borne$/);
    await expect(page.getByTestId('site-close-notice')).toHaveCount(0);
  });

  test('a site that cuts its link to the kiosk is not closed, and the reset says so in words', async ({
    page,
    context,
  }) => {
    await serveOfficialSite(context, IMPOTS.officialUrl, true);
    await openControlled(page, '/borne');
    const site = await openSiteFrom(page, context, IMPOTS.id);
    await page.bringToFront();
    await page.getByTestId('finish-button').click();
    // The kiosk cannot reach that window any more: no logout screen to close it, a plain warning.
    const notice = page.getByTestId('site-close-notice');
    await expect(notice).toHaveText(
      /La borne n’a pas pu vérifier que la fenêtre du site officiel est fermée\. Si elle est encore ouverte, fermez-la\./,
    );
    expect(site.isClosed()).toBe(false);
    await notice.getByRole('button', { name: 'Compris' }).click();
    await expect(notice).toHaveCount(0);
  });
});
