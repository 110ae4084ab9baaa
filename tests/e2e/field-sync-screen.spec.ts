// The sync screen as a team screen (issue 16 point 9): it keeps the team bar, and says what waits
// the way a worker thinks of it — « 2 rencontres et N traces anonymes de la borne attendent » —
// in French, English and Arabic, offline, axe-clean at 100 % and 200 %.
import { expect, type Page, test } from '@playwright/test';
import { atTextSize } from './support/axe';
import { demoAgent, LEGEND, readStore, tapTile, teamSpaceOffline } from './support/team';

async function recordEncounter(page: Page) {
  await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
  await tapTile(page, LEGEND.themes, 'E-mail');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByTestId('flash')).toHaveText('Rencontre enregistrée.');
}

test('the sync screen keeps the team bar and counts encounters apart from the kiosk’s traces', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await teamSpaceOffline(page, context);
  await recordEncounter(page);
  await recordEncounter(page);

  // A resident uses the kiosk: a guide opened and followed one step (anonymous traces).
  await page.getByRole('button', { name: 'Mode borne' }).click();
  await expect(page).toHaveURL(/\/borne$/);
  await page.getByRole('searchbox', { name: 'Chercher un guide' }).fill('caf');
  await page.getByTestId('search-results').getByRole('link').first().click();
  await page.getByTestId('guide-start').click();
  await page.getByTestId('step-next').click();
  await page.getByRole('button', { name: 'Accès équipe' }).click();
  const exit = page.getByTestId('exit-dialog');
  await exit.getByLabel('Code PIN').fill(demoAgent().pin);
  await exit.getByRole('button', { name: 'Quitter le mode borne' }).click();
  await expect(page).toHaveURL(/\/equipe$/);

  const outbox = await readStore<{ entity: string }>(page, 'outbox');
  const traces = outbox.filter((e) => e.entity === 'kiosk_event').length;
  expect(traces).toBeGreaterThan(1);
  expect(outbox.filter((e) => e.entity === 'encounter')).toHaveLength(2);

  await page
    .getByRole('navigation', { name: 'Espace équipe' })
    .getByRole('link', { name: 'Synchronisation' })
    .click();
  await expect(page).toHaveURL(/\/equipe\/synchronisation$/);
  await expect(page.getByRole('heading', { name: 'Synchronisation', level: 1 })).toBeVisible();
  // The team bar stays: who is signed in, back to today, lock.
  const bar = page.getByRole('navigation', { name: 'Espace équipe' });
  await expect(bar).toContainText(demoAgent().displayName);
  await expect(bar.getByRole('button', { name: 'Verrouiller' })).toBeVisible();
  await expect(page.getByTestId('sync-pending')).toHaveText(
    `2 rencontres et ${traces} traces anonymes de la borne attendent l’envoi au centre.`,
  );
  await atTextSize(page, 100, 'sync screen');
  await atTextSize(page, 200, 'sync screen');
  await atTextSize(page, 100, 'sync screen, back to 100 %');

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('sync-pending')).toHaveText(
    `2 encounters and ${traces} anonymous kiosk traces are waiting to be sent to the centre.`,
  );
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('sync-pending')).toContainText('بانتظار الإرسال إلى المركز: لقاءان و');
  await atTextSize(page, 100, 'sync screen in Arabic');
  await atTextSize(page, 200, 'sync screen in Arabic');

  // Locking from the sync screen asks for the PIN, as anywhere in the team space.
  await page.getByRole('navigation', { name: 'مساحة الفريق' }).getByRole('button', { name: 'قفل' }).click();
  await expect(page.getByRole('heading', { name: 'من أنت؟' })).toBeVisible();
});
