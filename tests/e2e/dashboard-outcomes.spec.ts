// « Parcours et compétences » on the dashboard (issue 17), against records a tablet pushed: three
// cards met on a market, so every cell of the funnel reads « moins de 5 » on the page and in the
// downloaded CSV; axe finds nothing in French and in Arabic.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { passIdFromBytes } from '../../src/shared/pass';
import { expectNoAxeViolations } from './support/axe';
import { parseCsv } from './support/csv';
import { base, enrolDevice, push, signInPage } from './support/dashboard-data';
import { demoCredentials } from './support/server';

test('three people with a card show « moins de 5 » on the page and in the CSV; axe clean in fr and ar', async ({
  page,
  request,
}) => {
  const demo = demoCredentials();
  const agent = demo.agents[0]!.id;
  const device = await enrolDevice(request, demo.centre.id);
  const at = (day: number) => `2025-02-${String(day).padStart(2, '0')}T10:00:00.000Z`;
  await push(
    request,
    device,
    [1, 2, 3].map((day) => [
      'encounter',
      {
        ...base(device, agent, at(day)),
        type: 'individuel',
        themes: ['email'],
        actions: [{ kind: 'aide_sur_place' }],
        passId: passIdFromBytes(randomBytes(16)),
      },
    ]),
  );
  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto('/dashboard/parcours?from=2025-02-01&to=2025-02-28');
  await expect(page.getByRole('heading', { level: 1, name: 'Parcours et compétences' })).toBeVisible();
  const funnel = page.getByTestId('outcomes-funnel');
  await expect(funnel.getByRole('row', { name: /Rencontrées/ })).toContainText('moins de 5');
  await expect(funnel).not.toContainText('3');
  await expectNoAxeViolations(page, 'outcomes page');
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  await expectNoAxeViolations(page, 'outcomes page at 200 %');
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });

  const download = await page.request.get(
    '/api/v1/dashboard/exports/parcours.csv?from=2025-02-01&to=2025-02-28',
  );
  expect(download.status()).toBe(200);
  const rows = parseCsv((await download.text()).replace(/^\uFEFF/, ''));
  expect(rows.find((r) => r[0] === 'Rencontrées (avec une carte)')?.[1]).toBe('moins de 5');

  await page.getByLabel('Langue').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(funnel).toContainText('أقل من 5');
  await expectNoAxeViolations(page, 'outcomes page in Arabic');
});
