// Every dashboard page: its heading, zero axe violations, and no sideways scrolling of the page at
// 1280×800 (a laptop) and 1024×768 (a tablet).
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signInPage } from './support/dashboard-data';
import { demoCredentials } from './support/server';

// Two dozen pages, each checked with axe: more than the default minute on a loaded machine.
test.describe.configure({ timeout: 180_000 });

const PAGES: [path: string, heading: string][] = [
  ['/dashboard/accueil', 'Accueil'],
  ['/dashboard/enregistrements', 'Enregistrements'],
  ['/dashboard/enregistrements?vue=sorties', 'Enregistrements'],
  ['/dashboard/a-corriger', 'Enregistrements à corriger'],
  ['/dashboard/import', 'Importer les données en attente d’une tablette'],
  ['/dashboard/suivis', 'Suivis à faire'],
  ['/dashboard/chiffres', 'Chiffres'],
  ['/dashboard/exports', 'Exports et rapports'],
  ['/dashboard/admin/guides', 'Guides'],
  ['/dashboard/admin/lexique', 'Lexique'],
  ['/dashboard/admin/partenaires', 'Partenaires'],
  ['/dashboard/admin/agenda', 'Agenda des activités'],
  ['/dashboard/admin/agents', 'Agents'],
  ['/dashboard/admin/tablettes', 'Tablettes'],
  ['/dashboard/admin/centre', 'Réglages du centre'],
  ['/dashboard/admin/purge', 'Purge des contacts'],
  ['/dashboard/admin/rgpd', 'Demandes RGPD'],
  ['/dashboard/admin/journal', 'Journal'],
  ['/dashboard/planning', 'Planning des permanences'],
  ['/dashboard/couverture', 'Couverture des quartiers prioritaires'],
  ['/dashboard/sms', 'SMS aux habitants'],
  ['/dashboard/nulle-part', 'Cette page n’existe pas.'],
];

async function visitAll(page: Page, size: string) {
  // chart.js is loaded by the figures page and the coverage page only.
  const charts: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/chart-[^/]*\.js$/.test(r.url())) charts.push(new URL(page.url()).pathname);
  });
  for (const [path, heading] of PAGES) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
    await expect(page.getByText('Chargement…')).toHaveCount(0);
    await expect(page.getByRole('alert'), `no error on ${path}`).toHaveCount(0);
    await expectNoAxeViolations(page, `${path} at ${size}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} scrolls sideways at ${size}`).toBeLessThanOrEqual(0);
  }
  expect(charts.filter((p) => p !== '/dashboard/chiffres' && p !== '/dashboard/couverture')).toEqual([]);
}

test('every dashboard page has its heading and no axe violation, at 1280×800', async ({ page }) => {
  const { coordinator } = demoCredentials();
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInPage(page, coordinator.login, coordinator.password);
  await visitAll(page, '1280×800');
});

test('every dashboard page works on a tablet (1024×768); the figures page reads right to left in Arabic', async ({
  page,
}) => {
  const { coordinator } = demoCredentials();
  await page.setViewportSize({ width: 1024, height: 768 });
  await signInPage(page, coordinator.login, coordinator.password);
  await visitAll(page, '1024×768');

  await page.goto('/dashboard/chiffres');
  await page.getByLabel('Langue', { exact: true }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'الأرقام' })).toBeVisible();
  await expectNoAxeViolations(page, 'figures in Arabic');
  await page.getByLabel('اللغة').selectOption('fr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
});
