// The coverage page (issue 11): a priority neighbourhood not visited for 30 days is flagged, and the
// needs beyond the digital and « À la maison » pushed by a tablet are counted by neighbourhood
// (« moins de 5 » below 5) with their download; axe-clean at 100 % and 200 % and in Arabic.
import { randomUUID } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { base, enrolDevice, push, signInPage } from './support/dashboard-data';
import { demoCredentials } from './support/server';

const DAY = 86_400_000;

async function atTextSize(page: Page, percent: 100 | 200, what: string) {
  await page.evaluate((p) => {
    document.documentElement.style.fontSize = `${p}%`;
  }, percent);
  await expectNoAxeViolations(page, `${what} at ${percent} %`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `page scrolls sideways on ${what} at ${percent} %`).toBeLessThanOrEqual(0);
}

test('the coverage page flags a neighbourhood not visited for 30 days and counts the needs by neighbourhood', async ({
  page,
  request,
}) => {
  test.setTimeout(120_000);
  const demo = demoCredentials();
  const agentId = demo.agents[0]!.id;
  const tag = randomUUID().slice(0, 4);
  const [visited, late, never] = [`Fives ${tag}`, `Moulins ${tag}`, `Bois-Blancs ${tag}`];
  const device = await enrolDevice(request, demo.centre.id);
  const now = Date.now();
  const at = (msAgo: number) => new Date(now - msAgo).toISOString();
  const outing = (id: string, neighbourhood: string, msAgo: number) =>
    [
      'outing',
      {
        ...base(device, agentId, at(msAgo), id),
        placeKind: 'hall_immeuble',
        placeLabel: `Hall ${neighbourhood}`,
        neighbourhood,
        qpv: true,
        startedAt: at(msAgo),
        endedAt: at(msAgo - 3_600_000),
      },
    ] as const;
  const recent = randomUUID();
  const old = randomUUID();
  // Visited two hours ago: six encounters, five raising « logement, bailleur », one « isolement ».
  const encounters = Array.from({ length: 6 }, (_, i) => [
    'encounter',
    {
      ...base(device, agentId, at(3_600_000 + i * 60_000)),
      outingId: recent,
      type: 'individuel',
      themes: ['email'],
      actions: [{ kind: 'aide_sur_place' }],
      needs: i < 5 ? ['logement_bailleur'] : ['isolement'],
      profile: { atHome: { smartphone: 'oui', internet: i === 0 ? 'non' : 'oui' } },
    },
  ]);
  await push(request, device, [
    outing(recent, visited, 2 * 3_600_000) as never,
    // Last visited 40 days ago.
    outing(old, late, 40 * DAY) as never,
    ...(encounters as never[]),
  ]);

  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto('/dashboard/couverture');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Couverture des quartiers prioritaires' }),
  ).toBeVisible();
  // The centre's list gets the three neighbourhoods (kept with what it held).
  const list = page.getByLabel('Quartiers (un par ligne)');
  await expect(page.getByText('Chargement…')).toHaveCount(0);
  const before = await list.inputValue();
  await list.fill([before, visited, late, never].filter(Boolean).join('\n'));
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  const row = (name: string) => page.getByTestId('coverage-row').filter({ hasText: name });
  await expect(row(visited)).toBeVisible();
  await expect(row(visited)).not.toContainText('Pas de visite depuis 30 jours');
  await expect(row(late)).toContainText('Pas de visite depuis 30 jours');
  await expect(row(late)).toContainText(/il y a (40|41) jours/);
  await expect(row(never)).toContainText('Pas de visite depuis 30 jours');
  await expect(page.getByTestId('coverage-late')).toContainText(late);
  await expect(page.getByTestId('coverage-late')).toContainText(never);
  await expect(page.getByTestId('coverage-late')).not.toContainText(visited);

  // Needs and « À la maison » by neighbourhood: 6 encounters, logement 5, isolement « moins de 5 ».
  const needs = page.getByTestId('needs-row').filter({ hasText: visited });
  const cells = needs.locator('td');
  await expect(cells.nth(0)).toHaveText('6');
  await expect(cells.nth(2)).toHaveText('5'); // Logement, bailleur (after cadre de vie)
  await expect(cells.nth(8)).toHaveText('moins de 5'); // Isolement
  const home = page.getByTestId('at-home-row').filter({ hasText: visited }).locator('td');
  await expect(home.nth(0)).toHaveText('6'); // smartphone : oui
  await expect(home.nth(6)).toHaveText('5'); // internet : oui
  await expect(home.nth(7)).toHaveText('moins de 5'); // internet : non (1)
  await expect(home.nth(3)).toHaveText('0'); // ordinateur: nobody asked
  await atTextSize(page, 100, 'coverage page with the needs');
  await atTextSize(page, 200, 'coverage page with the needs');
  await atTextSize(page, 100, 'coverage page, back to 100 %');

  // The download: the same cells, no name.
  const href = await page.getByRole('link', { name: 'Besoins par quartier (CSV)' }).getAttribute('href');
  const csv = await (await page.request.get(href!)).text();
  expect(csv).toContain(`${visited};6;0;5;0;0;0;0;0;moins de 5`);
  expect(csv).not.toContain(demo.agents[0]!.displayName);

  await page.getByLabel('Langue', { exact: true }).selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(
    page.getByRole('heading', { name: 'الاحتياجات المذكورة والتجهيزات في البيت، حسب الحي' }),
  ).toBeVisible();
  await expect(page.getByTestId('needs-row').filter({ hasText: visited }).locator('td').nth(8)).toHaveText(
    'أقل من 5',
  );
  await atTextSize(page, 100, 'coverage page in Arabic');
  await atTextSize(page, 200, 'coverage page in Arabic');
  await page.getByLabel('اللغة').selectOption('fr');
});
