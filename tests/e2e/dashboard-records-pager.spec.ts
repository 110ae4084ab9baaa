// The encounters list moves by « Page suivante » and « Page précédente » (the server's cursors,
// kept in the address): page 2 of 55 encounters shows the 5 oldest, a reload stays on it, and going
// back shows the same 50 as before.
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { base, enrolDevice, push, signInApi, signInPage } from './support/dashboard-data';
import { demoCredentials } from './support/server';

test('the encounters list pages forward and back by its cursors', async ({ page, request }) => {
  const demo = demoCredentials();
  const tag = randomUUID().slice(0, 6);
  const dash = await signInApi(request, demo.coordinator.login, demo.coordinator.password);
  // A fresh agent: the list filtered by them holds this test's encounters only.
  const agent = (
    (await (
      await dash.post('agents', { centreId: demo.centre.id, displayName: `Agent pages ${tag}` })
    ).json()) as {
      agent: { id: string };
    }
  ).agent.id;
  const tablet = await enrolDevice(request, demo.centre.id);
  // 55 encounters, five to a minute (rows of one instant cross the page's edge).
  const encounters = Array.from({ length: 55 }, (_, i) => ({
    ...base(tablet, agent, new Date(Date.UTC(2025, 2, 12, 8) + Math.floor(i / 5) * 60_000).toISOString()),
    type: 'information',
    themes: ['email'],
    actions: [],
  }));
  await push(
    request,
    tablet,
    encounters.map((e) => ['encounter', e] as ['encounter', Record<string, unknown>]),
  );

  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto(`/dashboard/enregistrements?from=2025-03-01&to=2025-03-31&agent=${agent}`);
  const pager = page.getByRole('navigation', { name: 'Pages' });
  const rows = page.getByRole('table').getByRole('row');
  await expect(pager).toContainText('Page 1 sur 2 (55 résultats)');
  await expect(rows).toHaveCount(51);
  const firstPage = await rows.allInnerTexts();
  await expect(pager.getByRole('button', { name: 'Page précédente' })).toBeDisabled();

  await pager.getByRole('button', { name: 'Page suivante' }).click();
  await expect(pager).toContainText('Page 2 sur 2 (55 résultats)');
  await expect(rows).toHaveCount(6);
  await expect(pager.getByRole('button', { name: 'Page suivante' })).toBeDisabled();
  expect(page.url()).toContain('curseur=');
  await page.reload();
  await expect(pager).toContainText('Page 2 sur 2 (55 résultats)');
  await expect(rows).toHaveCount(6);

  await pager.getByRole('button', { name: 'Page précédente' }).click();
  await expect(pager).toContainText('Page 1 sur 2 (55 résultats)');
  expect(await rows.allInnerTexts()).toEqual(firstPage);
  expect(page.url()).not.toContain('curseur=');
});
