// The period the coordinator chose is the period downloaded (issue 16, point 1): a quick period
// applies at once on Chiffres, Exports and Enregistrements, and every export says its period in
// its file name and its first row.
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { parseCsv } from './support/csv';
import { signInPage } from './support/dashboard-data';
import { demoCredentials } from './support/server';

/** Last month in Europe/Paris, as the API writes it and as the page shows it. */
function lastMonth(now = new Date()) {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
  }).formatToParts(now);
  const y = Number(parts.find((p) => p.type === 'year')!.value);
  const m = Number(parts.find((p) => p.type === 'month')!.value);
  const py = m === 1 ? y - 1 : y;
  const pm = m === 1 ? 12 : m - 1;
  const last = new Date(Date.UTC(py, pm, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    from: `${py}-${pad(pm)}-01`,
    to: `${py}-${pad(pm)}-${pad(last)}`,
    text: `du 01/${pad(pm)}/${py} au ${pad(last)}/${pad(pm)}/${py}`,
  };
}

async function signIn(page: Page) {
  const { coordinator } = demoCredentials();
  await signInPage(page, coordinator.login, coordinator.password);
}

test('« Le mois dernier » on Exports applies at once, and the CAF CSV downloaded next is last month’s', async ({
  page,
}) => {
  const last = lastMonth();
  await signIn(page);
  await page.goto('/dashboard/exports');
  await page.getByRole('button', { name: 'Le mois dernier' }).click();
  // No « Appliquer »: the period shown and every link follow at once.
  await expect(page.getByTestId('period-shown')).toHaveText(`D${last.text.slice(1)}`);
  const link = page.getByRole('link', { name: 'Télécharger CAF (CSV)' });
  await expect(link).toHaveAttribute('href', new RegExp(`from=${last.from}&to=${last.to}`));

  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe(`caf_point_relais_${last.from}_${last.to}.csv`);
  const rows = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, ''));
  expect(rows[0]).toEqual([`Rapport CAF point relais numérique, période : ${last.text}`]);
});

test('a quick period applies at once on Chiffres and Enregistrements too', async ({ page }) => {
  const last = lastMonth();
  await signIn(page);
  for (const path of ['/dashboard/chiffres', '/dashboard/enregistrements']) {
    await page.goto(path);
    await page.getByRole('button', { name: 'Le mois dernier' }).click();
    await expect(page).toHaveURL(new RegExp(`from=${last.from}&to=${last.to}`));
    await expect(page.getByLabel('Du', { exact: true })).toHaveValue(last.from);
  }
});

test('a day typed in the period fields applies without « Appliquer »: the download uses the period shown', async ({
  page,
}) => {
  await signIn(page);
  await page.goto('/dashboard/exports');
  await page.getByLabel('Du', { exact: true }).fill('2026-02-02');
  await page.getByLabel('Au', { exact: true }).fill('2026-02-20');
  await expect(page.getByTestId('period-shown')).toHaveText('Du 02/02/2026 au 20/02/2026');
  await expect(page.getByRole('link', { name: 'Télécharger FEDER (Excel)' })).toHaveAttribute(
    'href',
    /from=2026-02-02&to=2026-02-20/,
  );
});
