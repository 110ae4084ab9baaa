// Dashboard sign-in and sign-out, against the real server (SQLite, and PostgreSQL in the
// dashboard-postgres project).
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signInPage } from './support/dashboard-data';
import { cli, demoCredentials } from './support/server';

test.describe('dashboard sign-in', () => {
  test('a coordinator signs in, sees the pages, and signs out', async ({ page }) => {
    const { coordinator } = demoCredentials();
    await page.goto('/dashboard/suivis');
    // Signed out: the sign-in page, which remembers where the coordinator was going.
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion à la coordination' })).toBeVisible();
    await expectNoAxeViolations(page, 'dashboard sign-in');
    await page.getByLabel('Identifiant').fill(coordinator.login);
    await page.getByLabel('Mot de passe').fill(coordinator.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Suivis à faire' })).toBeVisible();
    await expect(page.getByText('Connecté : Coordination Arbrisseau (démo)')).toBeVisible();

    await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion à la coordination' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText('Vous êtes déconnecté.');
    // The session is really gone on the server: a page reload stays on the sign-in page.
    await page.goto('/dashboard/enregistrements');
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion à la coordination' })).toBeVisible();
    expect((await page.request.get('/api/v1/dashboard/me')).status()).toBe(401);
  });

  test('a wrong password and too many tries each get a clear message', async ({ page }) => {
    const login = `essais-${randomUUID().slice(0, 8)}@test.demo`;
    cli('create-coordinator', '--login', login, '--name', 'Essais', '--centre', 'arbrisseau');
    await page.goto('/dashboard/connexion');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('alert')).toHaveText('Écrivez votre identifiant et votre mot de passe.');

    await page.getByLabel('Identifiant').fill(login);
    await page.getByLabel('Mot de passe').fill('pas-le-bon-mot-de-passe');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('alert')).toHaveText('Identifiant ou mot de passe incorrect.');
    await expectNoAxeViolations(page, 'dashboard sign-in with an error');

    // Five failures for one login from one address lock it for 15 minutes.
    for (let i = 0; i < 4; i++) {
      await page.getByRole('button', { name: 'Se connecter' }).click();
      await expect(page.getByRole('alert')).toHaveText('Identifiant ou mot de passe incorrect.');
    }
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page.getByRole('alert')).toHaveText(/Trop d’essais\. Réessayez dans 15 minutes\./);
  });

  test('"se déconnecter partout" closes the other sessions too', async ({ browser, baseURL }) => {
    const { login, password } = cli<{ login: string; password: string }>(
      'create-coordinator',
      '--login',
      `partout-${randomUUID().slice(0, 8)}@test.demo`,
      '--name',
      'Partout',
      '--centre',
      'arbrisseau',
    );
    const office = await browser.newContext({ baseURL });
    const home = await browser.newContext({ baseURL });
    const officePage = await office.newPage();
    const homePage = await home.newPage();
    await signInPage(officePage, login, password);
    await signInPage(homePage, login, password);

    await homePage.getByRole('button', { name: 'Se déconnecter partout' }).click();
    await expect(homePage.getByRole('status')).toHaveText('Toutes vos sessions sont fermées.');
    // The office's session is closed as well: its next request brings back the sign-in page,
    // which says why; a new visit also asks to sign in.
    await officePage.getByRole('link', { name: 'Chiffres', exact: true }).click();
    await expect(
      officePage.getByRole('heading', { level: 1, name: 'Connexion à la coordination' }),
    ).toBeVisible();
    await expect(
      officePage.getByText('Votre session est terminée. Connectez-vous de nouveau.'),
    ).toBeVisible();
    await officePage.goto('/dashboard/chiffres');
    await expect(
      officePage.getByRole('heading', { level: 1, name: 'Connexion à la coordination' }),
    ).toBeVisible();
    await office.close();
    await home.close();
  });
});
