// The worker's language (issue 16 point 9): English chosen in the team space stays after a reload,
// while the kiosk starts in French for the next resident and its reset goes back to French; leaving
// the kiosk gives the team space its English again. Offline, as on a market.
import { expect, test } from '@playwright/test';
import { demoAgent, teamSpaceOffline } from './support/team';

test('the team space keeps the worker’s language across a reload; the kiosk resets to French', async ({
  page,
  context,
}) => {
  await teamSpaceOffline(page, context);

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The tablet goes to a resident: the kiosk speaks French, whatever the worker chose.
  await page.getByRole('button', { name: 'Kiosk mode' }).click();
  await expect(page).toHaveURL(/\/borne$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  // A resident picks English; « J'ai fini » is the reset for the next one: French again.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('finish-button')).toHaveText(/I am done/);
  await page.getByTestId('finish-button').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');

  // The worker takes the tablet back: their English, not the resident's choice.
  await page.getByRole('button', { name: 'Accès équipe' }).click();
  const exit = page.getByTestId('exit-dialog');
  await exit.getByLabel('Code PIN').fill(demoAgent().pin);
  await exit.getByRole('button', { name: 'Quitter le mode borne' }).click();
  await expect(page).toHaveURL(/\/equipe$/);
  await expect(page.getByRole('heading', { name: 'Today', level: 1 })).toBeVisible();
});
