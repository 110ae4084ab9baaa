// Every dashboard page that shows data (the demo seed's month), at 200 % text on a narrow window
// (a phone held upright): its wide tables scroll in their own frame, and axe finds no violation —
// above all scrollable-region-focusable, a frame the keyboard could not reach.
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signInPage } from './support/dashboard-data';
import { cli, demoCredentials } from './support/server';

test.describe.configure({ timeout: 300_000 });

// The demo seed's records (seed-demo-records) for a month of their own, far from the months the
// hand-counted specs use; a second run of the seed only reports the first.
const period = 'from=2023-02-01&to=2023-02-28';

// `rows`: the demo seed gives this page a table with rows (the others are checked all the same).
const PAGES: [path: string, heading: string, rows: boolean][] = [
  ['/dashboard/accueil', 'Accueil', true],
  [`/dashboard/enregistrements?${period}`, 'Enregistrements', true],
  [`/dashboard/enregistrements?vue=sorties&${period}`, 'Enregistrements', true],
  [`/dashboard/chiffres?${period}`, 'Chiffres', true],
  [`/dashboard/exports?${period}`, 'Exports et rapports', true],
  // No journey cards, skills nor permanences in the demo seed (dashboard-outcomes.spec.ts pushes
  // its own and runs axe at 200 % there).
  [`/dashboard/parcours?${period}`, 'Parcours et compétences', false],
  ['/dashboard/planning', 'Planning des permanences', false],
  [`/dashboard/couverture?${period}`, 'Couverture des quartiers prioritaires', true],
  ['/dashboard/sms', 'SMS aux habitants', true],
  ['/dashboard/admin/guides', 'Guides', true],
  ['/dashboard/admin/partenaires', 'Partenaires', true],
  ['/dashboard/admin/agenda', 'Agenda des activités', true],
  ['/dashboard/admin/agents', 'Agents', true],
  ['/dashboard/admin/tablettes', 'Tablettes', false], // cards, not a table
  ['/dashboard/admin/journal', 'Journal', true],
];

/** Text at 200 % from the first paint of every page (the browser's text size, not a zoom). */
async function largeText(page: Page) {
  await page.addInitScript(() => {
    const apply = () => {
      document.documentElement.style.fontSize = '200%';
    };
    if (document.documentElement) apply();
    document.addEventListener('DOMContentLoaded', apply);
  });
}

async function check(page: Page, path: string, heading: string, rows = true) {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
  await expect(page.getByText('Chargement…')).toHaveCount(0);
  await expect(page.getByRole('alert'), `no error on ${path}`).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('style', /font-size: 200%/);
  if (rows)
    await expect(page.locator('table tbody tr').first(), `a table with rows on ${path}`).toBeVisible();
  await expectNoAxeViolations(page, `${path} at 200 % text, 480×800`);
  // Whether one of its table frames scrolls sideways (the case the keyboard must reach).
  return page.evaluate(() =>
    [...document.querySelectorAll('.table-wrap')].some((el) => el.scrollWidth > el.clientWidth),
  );
}

test('every dashboard page with data, at 200 % text on a narrow window: tables scroll in a frame the keyboard reaches (axe)', async ({
  page,
}) => {
  const seeded = cli<{ tally: { encounters: number } }>(
    'seed-demo-records',
    '--from',
    '2023-02-01',
    '--to',
    '2023-02-28',
  );
  expect(seeded.tally.encounters).toBeGreaterThan(0);
  const { coordinator } = demoCredentials();
  await page.setViewportSize({ width: 480, height: 800 });
  await signInPage(page, coordinator.login, coordinator.password);
  await largeText(page);
  const scrolling: string[] = [];
  for (const [path, heading, rows] of PAGES) if (await check(page, path, heading, rows)) scrolling.push(path);

  // The condition under test happens: at this size most pages have a table wider than its frame.
  expect(scrolling.length, `pages whose tables scroll: ${scrolling.join(', ')}`).toBeGreaterThan(5);

  // The outing detail page, reached from the list (the demo's first outing, with its encounters).
  await page.goto(`/dashboard/enregistrements?vue=sorties&${period}`);
  const outing = page.locator('table a[href^="/dashboard/sorties/"]').first();
  await check(page, (await outing.getAttribute('href'))!, 'Une sortie');
});
