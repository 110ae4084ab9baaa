// A guide on paper from the dashboard (issue 14, point 3): the guides page links each guide to a
// dashboard page that draws the kiosk's own handout from the server's published content and
// prints it. A coordinator's browser is not a tablet: afterwards it holds no guide database, no
// device settings and no service worker — only what the dashboard itself keeps (its language).
import { randomUUID } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signInApi, signInPage } from './support/dashboard-data';
import * as handout from './support/handout';
import { demoCredentials } from './support/server';

/** What this origin keeps in the browser: IndexedDB databases, localStorage keys, service workers. */
function stored(page: Page) {
  return page.evaluate(async () => ({
    databases: (await indexedDB.databases()).map((d) => d.name),
    localStorage: Object.keys(localStorage),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
}

async function axeAtBothSizes(page: Page, what: string) {
  await expectNoAxeViolations(page, `${what} at 100 %`);
  // The browser's text size at 200 % (the dashboard is sized in rem), not a zoom.
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  await expectNoAxeViolations(page, `${what} at 200 %`);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    `${what} at 200 %: nothing sticks out sideways`,
  ).toBe(true);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });
}

test('the dashboard prints a guide’s handout from the published content, and keeps no guide in the browser', async ({
  page,
}) => {
  test.slow(); // axe at two sizes in two languages, and two PDFs
  const demo = demoCredentials();
  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto('/dashboard/admin/guides');
  await expect(page.getByTestId('guide-handout')).toHaveCount(handout.bundle.guides.length);
  const link = page.getByRole('link', { name: `Version à imprimer de « ${handout.GUIDE.title.fr} »` });
  await expect(link).toHaveText(/^Version à imprimer/);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/dashboard/admin/guides/${handout.GUIDE.id}/imprimer$`));
  await handout.expectWholeGuide(page, 'fr');
  await expect(page).toHaveTitle(`${handout.GUIDE.title.fr} – Coordination`);
  await handout.expectPictures(page);
  // The QR code opens the guide on the centre's public address, as the kiosk's does.
  const { publicUrl } = (await (await page.request.get('/api/v1/public-address')).json()) as {
    publicUrl: string | null;
  };
  await handout.expectQrCodes(page, publicUrl ?? new URL(page.url()).origin);
  await axeAtBothSizes(page, 'the dashboard’s handout');

  await page.getByLabel('Langue').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await handout.expectWholeGuide(page, 'ar');
  await axeAtBothSizes(page, 'the dashboard’s handout in Arabic');

  // As printed: the guide and its codes, none of the dashboard's header, menu and buttons.
  await page.emulateMedia({ media: 'print' });
  await handout.expectWholeGuide(page, 'ar');
  await handout.expectPrintedGuide(page, 'ar');
  await page.emulateMedia({ media: 'screen' });
  await page.getByLabel('اللغة').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(page.getByRole('link')).toHaveCount(0);
  await expect(page.getByTestId('handout-qr-guide')).toBeVisible();
  await expect(page.getByTestId('handout-qr-site')).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain('Se déconnecter');
  await handout.expectPrintedGuide(page, 'fr');
  await page.emulateMedia({ media: 'screen' });

  // Nothing of a tablet was made in this browser: no guide database, no device settings.
  await page.waitForLoadState('load');
  expect(await stored(page)).toEqual({
    databases: [],
    localStorage: ['borne.dashboard.lang'],
    serviceWorkers: 0,
  });
});

test('the handout of a guide the server does not have says so in words', async ({ page }) => {
  const demo = demoCredentials();
  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto('/dashboard/admin/guides/guide-qui-n-existe-pas/imprimer');
  await expect(page.getByRole('heading', { level: 1, name: 'Version à imprimer' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('introuvable');
  await expect(page.getByTestId('handout')).toHaveCount(0);
});

test('the handout prints the published guide, not its draft; a guide never published says so', async ({
  page,
  request,
}) => {
  const demo = demoCredentials();
  const api = await signInApi(request, demo.coordinator.login, demo.coordinator.password);
  const { GUIDE } = handout;
  const unpublished = `brouillon-${randomUUID().slice(0, 8)}`;
  const drafts: [id: string, guide: unknown][] = [
    [GUIDE.id, { ...GUIDE, title: { ...GUIDE.title, fr: `${GUIDE.title.fr} (brouillon)` } }],
    [unpublished, { ...GUIDE, id: unpublished }],
  ];
  for (const [id, guide] of drafts)
    expect((await api.put(`guides/${id}/draft`, { guide })).status()).toBe(200);
  try {
    await signInPage(page, demo.coordinator.login, demo.coordinator.password);
    await page.goto(`/dashboard/admin/guides/${GUIDE.id}/imprimer`);
    await handout.expectWholeGuide(page, 'fr'); // the published title, not the draft's
    await page.goto(`/dashboard/admin/guides/${unpublished}/imprimer`);
    await expect(page.getByRole('heading', { level: 1, name: 'Version à imprimer' })).toBeVisible();
    await expect(page.getByText('Ce guide n’est pas encore publié')).toBeVisible();
    await expect(page.getByTestId('handout')).toHaveCount(0);
  } finally {
    for (const [id] of drafts) expect((await api.del(`guides/${id}/draft`)).status()).toBe(204);
  }
});
