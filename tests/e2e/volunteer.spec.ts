// A volunteer (« bénévole / habitant-relais ») made on the dashboard unlocks the team space with a
// PIN like an agent, offline, and records an anonymous encounter: no contact field anywhere, no call
// back or sign-up, and the screens stay accessible (issue 11).
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { atTextSize, expectNoAxeViolations } from './support/axe';
import { signInApi } from './support/dashboard-data';
import { expectBigTargets, readRows } from './support/kiosk';
import { demoCredentials } from './support/server';
import { LEGEND, tapTile, teamSpaceOffline } from './support/team';

test('a volunteer’s PIN opens the team space without any contact field', async ({
  page,
  context,
  request,
}) => {
  const demo = demoCredentials();
  const api = await signInApi(request, demo.coordinator.login, demo.coordinator.password);
  const displayName = `Fatou ${randomUUID().slice(0, 4)} (bénévole)`;
  const made = await api.post('agents', {
    centreId: demo.centre.id,
    displayName,
    role: 'volunteer',
    pin: '739154',
  });
  expect(made.status()).toBe(201);

  await teamSpaceOffline(page, context, { agent: { displayName, pin: '739154' } });
  await expect(page.getByText('Bénévole', { exact: false }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
  await expect(page.getByTestId('section-contact')).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'À rappeler' })).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: /Inscription/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /contact/i })).toHaveCount(0);
  await expectNoAxeViolations(page, 'encounter form of a volunteer');
  await page.goto('/equipe/rencontre/nouvelle/contact');
  await expect(page.getByLabel('Prénom')).toHaveCount(0);

  await page.goto('/equipe/rencontre/nouvelle');
  await tapTile(page, LEGEND.themes, 'E-mail');
  await tapTile(page, LEGEND.autonomy, 'Autonome');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByTestId('flash')).toHaveText('Rencontre enregistrée.');
  const [encounter] = await readRows<{ agentId: string; contactId?: string }>(page, 'encounters');
  expect(encounter?.contactId).toBeUndefined();
  expect(await readRows(page, 'contacts')).toEqual([]);

  // The volunteer's screens with text at 200 % and in Arabic (right to left): axe-clean, 48 px.
  await expect(page.getByRole('heading', { name: 'Aujourd’hui', level: 1 })).toBeVisible();
  await atTextSize(page, 200, 'today of a volunteer');
  await expectBigTargets(page, 'today of a volunteer at 200 %');
  await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
  await atTextSize(page, 200, 'encounter form of a volunteer');
  await expectBigTargets(page, 'encounter form of a volunteer at 200 %');
  await atTextSize(page, 100, 'encounter form of a volunteer');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('section-contact')).toHaveCount(0);
  await atTextSize(page, 100, 'encounter form of a volunteer in Arabic');
  await atTextSize(page, 200, 'encounter form of a volunteer in Arabic');
  await page.getByRole('link', { name: 'اليوم' }).click();
  await expect(page.getByRole('heading', { name: 'اليوم', level: 1 })).toBeVisible();
  await atTextSize(page, 100, 'today of a volunteer in Arabic');
  await atTextSize(page, 200, 'today of a volunteer in Arabic');
});
