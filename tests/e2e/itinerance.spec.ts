// Planned permanences end to end (issue 11): planned on the dashboard page, pulled by a real
// tablet, proposed offline in « Aujourd'hui », started in one tap (the outing records it as held),
// announced offline on the kiosk home; every new screen axe-clean at 100 % and 200 %, and in Arabic.
import { randomUUID } from 'node:crypto';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { enrolDevice, signInPage } from './support/dashboard-data';
import { enrolTablet } from './support/enrol';
import { expectBigTargets, readRows } from './support/kiosk';
import { openControlled } from './support/pwa';
import { currentServer, demoCredentials } from './support/server';
import { demoAgent, unlockAs } from './support/team';

/** The browser's calendar day (the tablet and the planning page read days in local time). */
function localDay(page: Page): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });
}

async function atTextSize(page: Page, percent: 100 | 200, what: string) {
  await page.evaluate((p) => {
    document.documentElement.style.fontSize = `${p}%`;
    document.documentElement.style.setProperty('--text-scale', String(p / 100));
  }, percent);
  await expectNoAxeViolations(page, `${what} at ${percent} %`);
  // Wide tables scroll inside their own frame; the page itself never scrolls sideways.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `page scrolls sideways on ${what} at ${percent} %`).toBeLessThanOrEqual(0);
}

test('a permanence planned on the dashboard is proposed offline on the tablet, started in one tap and announced on the kiosk', async ({
  page,
  context,
}) => {
  test.setTimeout(150_000);
  const demo = demoCredentials();
  const place = `Marché de Wazemmes ${randomUUID().slice(0, 4)}`;

  // 1. The coordinator plans it on the dashboard: every week from today, all day.
  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto('/dashboard/planning');
  await expect(page.getByRole('heading', { level: 1, name: 'Planning des permanences' })).toBeVisible();
  await page.getByLabel('Type de lieu').selectOption('marche');
  await page.getByRole('textbox', { name: 'Lieu', exact: true }).fill(place);
  await page.getByRole('textbox', { name: 'Quartier', exact: true }).fill('Wazemmes');
  await page.getByLabel('Premier jour').fill(await localDay(page));
  await page.getByLabel('Début').fill('00:00');
  await page.getByLabel('Fin').fill('23:59');
  await page.getByRole('checkbox', { name: demoAgent().displayName }).check();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const row = page.getByTestId('permanence-row').filter({ hasText: place });
  await expect(row).toContainText('chaque');
  await expect(page.getByTestId('plan-feed-url')).toContainText('/api/v1/centres/arbrisseau/permanences.ics');
  await atTextSize(page, 100, 'planning page');
  await atTextSize(page, 200, 'planning page');
  await page.getByLabel('Langue').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(page, 'planning page in Arabic');
  await page.getByLabel('اللغة').selectOption('fr');

  // 2. A tablet enrols (its first pull brings the plan), then works with the network cut.
  await enrolTablet(page);
  await expect
    .poll(async () => (await readRows<{ placeLabel: string }>(page, 'permanences')).map((p) => p.placeLabel))
    .toContain(place);
  await openControlled(page, '/equipe');
  await context.setOffline(true);
  await page.reload();
  await unlockAs(page, demoAgent());
  const planned = page.getByTestId('planned-item').filter({ hasText: place });
  await expect(planned).toContainText('vous êtes prévu·e');
  await atTextSize(page, 100, 'today with a planned permanence');
  await atTextSize(page, 200, 'today with a planned permanence');
  await expectBigTargets(page, 'today with a planned permanence at 200 %');
  await atTextSize(page, 100, 'today, back to 100 %');

  // 3. One tap starts the outing from the plan; it reads « tenue » and the outing carries the plan.
  await planned.getByRole('button', { name: `Commencer la permanence : ${place}` }).click();
  await expect(page.getByTestId('outing-card')).toContainText(place);
  await expect(planned).toContainText('Permanence tenue');
  const outings = await readRows<{ placeLabel: string; permanenceId?: string; plannedDate?: string }>(
    page,
    'outings',
  );
  const outing = outings.find((o) => o.placeLabel === place);
  const [permanence] = (await readRows<{ id: string; placeLabel: string }>(page, 'permanences')).filter(
    (p) => p.placeLabel === place,
  );
  expect(outing?.permanenceId).toBe(permanence!.id);
  expect(outing?.plannedDate).toBe(await localDay(page));

  // 4. The kiosk, still offline, says when the borne comes back here (next week, same day).
  await page.getByRole('button', { name: 'Mode borne' }).click();
  const line = page.getByTestId('next-visit');
  await expect(line.getByRole('heading', { level: 2 })).toContainText(`La borne revient :`);
  await expect(line.getByRole('heading', { level: 2 })).toContainText(place);
  await expectNoAxeViolations(page, 'kiosk home with the next visit');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(line.getByRole('heading', { level: 2 })).toContainText('تعود المحطة');
  await expectNoAxeViolations(page, 'kiosk home with the next visit in Arabic');
});

test('the tablets page shows each tablet’s heartbeat and flags an old version and a nearly full storage', async ({
  page,
  request,
}) => {
  const demo = demoCredentials();
  const name = `Tablette fatiguée ${randomUUID().slice(0, 4)}`;
  const device = await enrolDevice(request, demo.centre.id, name);
  const res = await request.post(`${currentServer().baseURL}/api/v1/sync/push`, {
    headers: { authorization: `Bearer ${device.deviceToken}` },
    data: {
      protocol: 1,
      deviceId: device.deviceId,
      mutations: [],
      heartbeat: {
        appVersion: '0.0.9',
        contentVersion: 1,
        pending: 12,
        oldestPendingAgeSec: 3 * 86_400,
        storageUsedBytes: 950 * 1024 * 1024,
        storageQuotaBytes: 1000 * 1024 * 1024,
        storagePersisted: false,
        lastError: 'Serveur injoignable.',
      },
    },
  });
  expect(res.status()).toBe(200);
  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto('/dashboard/admin/tablettes');
  const card = page.getByTestId('tablet').filter({ hasText: name });
  await expect(card.getByTestId('tablet-flags')).toContainText('Version ancienne (0.0.9');
  await expect(card.getByTestId('tablet-flags')).toContainText('Stockage presque plein (95 % utilisés)');
  await expect(card).toContainText(/(?<!\d)12 modification\(s\), la plus ancienne depuis 3 jour\(s\)/);
  await expect(card).toContainText('Serveur injoignable.');
  await expect(card).toContainText('non protégé');
  await atTextSize(page, 100, 'tablets page with heartbeats');
  await atTextSize(page, 200, 'tablets page with heartbeats');
  await page.getByLabel('Langue').selectOption('ar');
  await expect(card.getByTestId('tablet-flags')).toContainText('إصدار قديم');
  await expectNoAxeViolations(page, 'tablets page in Arabic');
  await page.getByLabel('اللغة').selectOption('fr');
});
