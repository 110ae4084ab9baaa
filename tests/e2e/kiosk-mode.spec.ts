import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { expectAccessibleAtBothSizes, openKioskOffline, setTextSize } from './support/kiosk';

/** Team settings, as staff do it: the inactivity time, and a team PIN. */
async function configureKiosk(page: Page, opts: { idleSeconds?: number; teamPin?: string }) {
  await page.goto('/equipe/reglages');
  if (opts.idleSeconds !== undefined) {
    await page
      .getByLabel('Retour au début après combien de secondes sans toucher l’écran ?')
      .fill(String(opts.idleSeconds));
    await page.getByRole('button', { name: 'Enregistrer la durée' }).click();
    await expect(page.getByText('Enregistré.')).toBeVisible();
  }
  if (opts.teamPin !== undefined) {
    await page.getByLabel('Nouveau code').fill(opts.teamPin);
    await page.getByLabel('Le même code, encore une fois').fill(opts.teamPin);
    await page.getByRole('button', { name: 'Enregistrer le code' }).click();
    await expect(page.getByTestId('team-pin-state')).toHaveText('Un code d’équipe est réglé.');
  }
}

/** The browser's back button (within the app or to an earlier page load). */
async function goBack(page: Page): Promise<void> {
  await page.goBack();
  await page.waitForLoadState();
}

test.describe('kiosk mode', () => {
  test('settings refuse a bad inactivity time and mismatched PINs, in words', async ({ page }) => {
    await page.goto('/equipe/reglages');
    await page.getByLabel('Retour au début après combien de secondes sans toucher l’écran ?').fill('deux');
    await page.getByRole('button', { name: 'Enregistrer la durée' }).click();
    await expect(page.getByRole('alert')).toHaveText('Écrivez un nombre entier entre 5 et 3600.');
    await page.getByLabel('Nouveau code').fill('1234');
    await page.getByLabel('Le même code, encore une fois').fill('1235');
    await page.getByRole('button', { name: 'Enregistrer le code' }).click();
    await expect(page.getByText('Les deux codes ne sont pas pareils.')).toBeVisible();
    await expect(page.getByTestId('team-pin-state')).toHaveText('Aucun code d’équipe n’est réglé.');
    await expectNoAxeViolations(page, 'settings with errors');
  });

  test('after inactivity: "still there?", then a reset that clears everything the resident left', async ({
    page,
    context,
  }) => {
    await openKioskOffline(page, context);
    await configureKiosk(page, { idleSeconds: 5 });
    await page.goto('/borne');

    // A resident's visit: a search, a guide opened at step 2, Arabic, big text, a word's definition.
    await page.getByRole('searchbox', { name: 'Chercher un guide' }).fill('caf');
    await expect(page.getByTestId('search-results')).toBeVisible();
    await page.getByTestId('search-results').getByRole('link').first().click();
    await page.getByTestId('guide-start').click();
    await page.getByTestId('step-next').click();
    await expect(page).toHaveURL(/\/etape\/2$/);
    await setTextSize(page, 200);
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.getByTestId('step-terms').getByRole('button').first().click();
    await expect(page.getByTestId('glossary-dialog')).toBeVisible();

    // First question: answering it keeps everything as it was.
    const prompt = page.getByTestId('idle-prompt');
    await expect(prompt.getByRole('heading', { name: 'هل ما زلت هنا؟' })).toBeVisible({ timeout: 15_000 });
    await expectNoAxeViolations(page, 'inactivity question (Arabic, 200 %)');
    await prompt.getByRole('button', { name: 'نعم، أنا هنا' }).click();
    await expect(prompt).toBeHidden();
    await expect(page).toHaveURL(/\/etape\/2$/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

    // Then nobody answers: back to the start, nothing left.
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    await expect(page).toHaveURL(/\/borne$/, { timeout: 15_000 });
    await expect(prompt).toBeHidden();
    await expect(page.getByTestId('glossary-dialog')).toBeHidden();
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expect(page.getByTestId('text-size-value')).toHaveText('100 %');
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--text-scale')),
    ).toBe('1');
    await expect(page.getByRole('searchbox', { name: 'Chercher un guide' })).toHaveValue('');
    await expect(page.getByTestId('search-results')).toHaveCount(0);

    // The back button cannot return to the previous resident's guide.
    for (let i = 0; i < 3; i++) {
      await goBack(page);
      expect(await page.evaluate(() => location.pathname)).not.toMatch(/\/borne\/guide\//);
    }
    await expect(page.getByTestId('step')).toHaveCount(0);
  });

  test('no team screen is reachable in kiosk mode, by address or back button; leaving needs a PIN', async ({
    page,
    context,
  }) => {
    await openKioskOffline(page, context);
    await configureKiosk(page, { teamPin: '2580' });
    await page.getByRole('button', { name: 'Passer en mode borne' }).click();
    await expect(page).toHaveURL(/\/borne$/);

    // Back to the settings page we came from: kept inside the kiosk.
    await goBack(page);
    await expect(page).toHaveURL(/\/borne$/);
    for (const path of ['/equipe', '/equipe/reglages', '/installation', '/']) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/borne$/);
      await expect(page.getByTestId('kiosk-tiles')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Réglages de la tablette' })).toHaveCount(0);
    }
    await goBack(page);
    await expect(page).toHaveURL(/\/borne/);
    await page.reload();
    await expect(page).toHaveURL(/\/borne$/);

    const exit = page.getByTestId('exit-dialog');
    const openExit = () => page.getByRole('button', { name: 'Accès équipe' }).click();
    await openExit();
    await expect(exit.getByRole('heading', { name: 'Quitter le mode borne' })).toBeVisible();
    await expectAccessibleAtBothSizes(page, 'exit dialog', {
      open: openExit,
      close: () => exit.getByRole('button', { name: 'Annuler' }).click(),
    });
    await exit.getByLabel('Code PIN').fill('12');
    await exit.getByRole('button', { name: 'Quitter le mode borne' }).click();
    await expect(exit.getByRole('alert')).toHaveText('Le code a de 4 à 6 chiffres.');
    await exit.getByLabel('Code PIN').fill('1111');
    await exit.getByRole('button', { name: 'Quitter le mode borne' }).click();
    await expect(exit.getByRole('alert')).toHaveText('Ce code n’est pas bon. Réessayez.');
    await page.goto('/equipe');
    await expect(page).toHaveURL(/\/borne$/);

    await openExit();
    await exit.getByLabel('Code PIN').fill('2580');
    await exit.getByRole('button', { name: 'Quitter le mode borne' }).click();
    await expect(page).toHaveURL(/\/equipe$/);
    await page.goto('/equipe/reglages');
    await expect(page.getByRole('heading', { name: 'Réglages de la tablette' })).toBeVisible();
  });

  test('the home screen door opens the same guides without kiosk mode', async ({ page, context }) => {
    await openKioskOffline(page, context);
    await page.goto('/');
    await page.getByRole('link', { name: /Je cherche de l’aide pour une démarche/ }).click();
    await expect(page).toHaveURL(/\/borne$/);
    await expect(page.getByTestId('kiosk-tiles')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Accès équipe' })).toHaveCount(0);
    await page.goto('/equipe/reglages');
    await expect(page.getByRole('heading', { name: 'Réglages de la tablette' })).toBeVisible();
  });
});
