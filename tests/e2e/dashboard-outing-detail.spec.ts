// The outing detail page, end to end: an outing and its encounters recorded on a tablet with the
// network cut, sent when it comes back, then read on the dashboard's « Une sortie » page — the
// place, the neighbourhood and exactly the outing's encounters, each linking to its own page; axe
// at 100 % and 200 % text.
import { randomUUID } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signInPage } from './support/dashboard-data';
import { demoCredentials } from './support/server';
import { openOutingForm, readStore, recordCommonEncounter, tapTile, teamSpaceOffline } from './support/team';

async function atTextSize(page: Page, percent: 100 | 200) {
  await page.evaluate((p) => {
    document.documentElement.style.fontSize = `${p}%`;
  }, percent);
  await expectNoAxeViolations(page, `outing detail at ${percent} %`);
}

test('an outing recorded offline reaches the dashboard with its encounters (outing detail page)', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  const place = `Marché ${randomUUID().slice(0, 6)}`;
  await teamSpaceOffline(page, context);
  await openOutingForm(page);
  await tapTile(page, 'Type de lieu', 'Marché');
  await page.getByLabel('Nom du lieu').fill(place);
  await page.getByLabel('Quartier', { exact: true }).fill('Wazemmes');
  await tapTile(page, 'Est-ce un quartier prioritaire (QPV) ?', 'Oui');
  await page.getByRole('button', { name: 'Commencer la sortie' }).click();
  await expect(page.getByTestId('outing-card')).toContainText(place);
  await recordCommonEncounter(page, 'E-mail');
  await recordCommonEncounter(page, 'Santé');

  const [outing] = await readStore<{ id: string }>(page, 'outings');
  const encounters = await readStore<{ id: string; outingId?: string }>(page, 'encounters');
  expect(encounters).toHaveLength(2);
  expect(encounters.every((e) => e.outingId === outing!.id)).toBe(true);
  expect((await readStore(page, 'outbox')).length).toBeGreaterThan(0);

  // The network comes back: the sync worker sends everything on its own.
  await context.setOffline(false);
  await expect.poll(async () => (await readStore(page, 'outbox')).length, { timeout: 60_000 }).toBe(0);

  const { coordinator } = demoCredentials();
  await signInPage(page, coordinator.login, coordinator.password);
  await page.goto(`/dashboard/sorties/${outing!.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Une sortie' })).toBeVisible();
  await expect(page.getByText('Chargement…')).toHaveCount(0);
  const details = page.locator('dl.details');
  await expect(details).toContainText(place);
  await expect(details).toContainText('Wazemmes');
  // Exactly its two encounters, with their themes, each linking to the encounter's page.
  const table = page.getByRole('table', { name: 'Rencontres de cette sortie (2)' });
  await expect(table.locator('tbody tr')).toHaveCount(2);
  await expect(table).toContainText('E-mail');
  await expect(table).toContainText('Santé');
  const links = await table.locator('tbody a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.sort()).toEqual(encounters.map((e) => `/dashboard/enregistrements/${e.id}`).sort());
  // The table's frame is reachable by keyboard and named by its caption.
  await expect(page.getByRole('region', { name: 'Rencontres de cette sortie (2)' })).toHaveAttribute(
    'tabindex',
    '0',
  );
  await atTextSize(page, 100);
  await atTextSize(page, 200);

  await table.locator('tbody a').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Une rencontre' })).toBeVisible();
});
