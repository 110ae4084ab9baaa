// The dashboard opens on what to do (issue 16, point 8): a home with this month against last
// month, follow-ups due, quarantine, tablets needing attention and the funders' two reports; the
// figures page has headings and a table of contents, each block's title written once; at
// 1024×768 the header and the menu take two rows at most.
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { base, enrolDevice, push, signInPage } from './support/dashboard-data';
import { demoCredentials } from './support/server';

async function signIn(page: Page) {
  const { coordinator } = demoCredentials();
  await signInPage(page, coordinator.login, coordinator.password);
}

/** The number of rows the header and the menu's visible items are laid on. */
function headerRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const items = [
      ...document.querySelectorAll('.d-header > *'),
      ...document.querySelectorAll('.d-nav a, .d-nav summary, .d-nav select'),
    ].filter(
      (el) =>
        el.getBoundingClientRect().height > 0 &&
        // A folded group's pages are not on screen until it opens.
        (el.tagName === 'SUMMARY' || !el.closest('details:not([open])')),
    );
    const tops: number[] = [];
    for (const el of items) {
      const r = el.getBoundingClientRect();
      const middle = r.top + r.height / 2;
      if (!tops.some((t) => Math.abs(t - middle) < r.height / 2)) tops.push(middle);
    }
    return tops.length;
  });
}

test('signing in opens the home: what to do, this month against last, and the two reports', async ({
  page,
}) => {
  await signIn(page);
  await expect(page).toHaveURL(/\/dashboard\/accueil$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Accueil' })).toBeVisible();
  await expect(page.getByTestId('home-todo')).toContainText(/suivis? à faire|Aucun suivi à faire/);
  await expect(page.getByTestId('home-todo')).toContainText(/à corriger/);
  await expect(page.getByTestId('home-tablets')).toBeVisible();
  const months = page.getByTestId('home-months');
  await expect(months.getByRole('columnheader', { name: /Ce mois-ci/ })).toBeVisible();
  await expect(months.getByRole('columnheader', { name: /Le mois dernier/ })).toBeVisible();
  await expect(months.getByRole('rowheader', { name: 'Accompagnements' })).toBeVisible();
  await expectNoAxeViolations(page, 'dashboard home');

  await page.getByRole('link', { name: 'Rapport CAF du mois dernier' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exports et rapports' })).toBeVisible();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-01&to=\d{4}-\d{2}-\d{2}/);
  await page.goBack();
  await page.getByRole('link', { name: 'Indicateurs FEDER' }).click();
  await expect(page.getByRole('heading', { level: 2, name: /FEDER/ })).toBeVisible();
});

test('the figures page has a table of contents to its headings, and each block’s title once', async ({
  page,
  request,
}) => {
  const demo = demoCredentials();
  const device = await enrolDevice(request, demo.centre.id);
  await push(request, device, [
    [
      'encounter',
      {
        ...base(device, demo.agents[0]!.id, '2024-06-12T09:00:00.000Z'),
        type: 'individuel',
        themes: ['email'],
        actions: [{ kind: 'aide_sur_place' }],
      },
    ],
  ]);
  await signIn(page);
  await page.goto('/dashboard/chiffres?from=2024-06-01&to=2024-06-30');
  const toc = page.getByRole('navigation', { name: 'Sommaire' });
  await expect(toc.getByRole('link')).toHaveCount(7);
  await toc.getByRole('link', { name: 'Questionnaire de satisfaction' }).click();
  await expect(page).toHaveURL(/#f-survey$/);
  await expect(page.locator('#f-survey')).toBeInViewport();
  // A block's title is its heading; its table is named by it, not by a second caption.
  const block = page.getByTestId('figure-themes');
  await expect(block.getByText('Thèmes', { exact: true })).toHaveCount(1);
  await expect(block.getByRole('table', { name: 'Thèmes' })).toBeVisible();
});

test('at 1024×768 the header and the menu take two rows at most, in French and in Arabic', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await signIn(page);
  expect(await headerRows(page)).toBeLessThanOrEqual(2);
  // The folded pages are one tap away.
  await page.getByText('Administration', { exact: true }).click();
  await page.getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal' })).toBeVisible();
  await expectNoAxeViolations(page, 'journal at 1024×768 with the folded menu');
  await page.getByLabel('Langue', { exact: true }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  expect(await headerRows(page)).toBeLessThanOrEqual(2);
  await page.getByLabel('اللغة').selectOption('fr');
});
