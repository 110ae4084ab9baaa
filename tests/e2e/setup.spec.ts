import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { countLocalRows, enrolTablet } from './support/enrol';
import { cli } from './support/server';

test.describe('tablet setup', () => {
  test('explains itself, hides the camera button where QR codes cannot be read, and has no axe violations', async ({
    page,
  }) => {
    await page.goto('/installation');
    await expect(page.getByRole('heading', { name: 'Installer la tablette' })).toBeVisible();
    await expect(page.getByText('Cette étape se fait une seule fois.')).toBeVisible();
    // Headless Chromium on Linux has no BarcodeDetector: no button, a sentence instead.
    await expect(page.getByText('Cette tablette ne peut pas lire le QR code. Tapez le code.')).toBeVisible();
    await expect(page.getByRole('button', { name: /caméra/ })).toHaveCount(0);
    await expectNoAxeViolations(page, 'setup');
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect(page.getByRole('heading', { name: 'إعداد الجهاز' })).toBeVisible();
    await expectNoAxeViolations(page, 'setup in Arabic');
  });

  test('says in words when a code is mistyped, unknown, already used or the network is off', async ({
    page,
    context,
  }) => {
    await page.goto('/installation');
    const code = page.getByLabel('Code d’installation');
    const name = page.getByLabel('Nom de la tablette');
    const submit = page.getByRole('button', { name: 'Installer la tablette' });
    const alert = page.locator('#setup-error');

    await code.fill('abc');
    await name.fill('Tablette A');
    await submit.click();
    await expect(alert).toHaveText('Le code a 8 lettres ou chiffres. Exemple : ABCD-EFGH.');

    await code.fill('ZZZZ-ZZZZ');
    await submit.click();
    await expect(alert).toHaveText('Ce code n’est pas reconnu. Vérifiez les lettres et les chiffres.');

    const { code: fresh } = cli<{ code: string }>('enrol-code');
    await context.setOffline(true);
    await code.fill(fresh);
    await submit.click();
    await expect(alert).toHaveText('Pas de réseau. Connectez la tablette à Internet, puis réessayez.');
    await context.setOffline(false);

    // Spend the code elsewhere, then try it here.
    const res = await page.request.post('/api/v1/devices/enrol', {
      data: { code: fresh, deviceName: 'Ailleurs' },
    });
    expect(res.status()).toBe(200);
    await submit.click();
    await expect(alert).toHaveText('Ce code a déjà servi. Demandez un nouveau code à votre coordinateur.');
    await expectNoAxeViolations(page, 'setup with an error');
  });

  test('enrols with a typed code, pulls the centre data and opens the team space', async ({ page }) => {
    await enrolTablet(page, 'Tablette marché 1');
    expect(await countLocalRows(page, 'partners')).toBeGreaterThan(0);
    expect(await countLocalRows(page, 'activities')).toBeGreaterThan(0);
    await page.goto('/installation');
    await expect(page.getByTestId('setup-enrolled')).toContainText('Tablette marché 1');
    await expectNoAxeViolations(page, 'setup when enrolled');
  });
});
