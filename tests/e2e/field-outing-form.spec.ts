// The outing form suggests the centre's usual places and neighbourhoods (issue 16 point 9): the
// centre's list saved on the dashboard reaches the tablet with the centre, and with the network cut
// one tap fills the neighbourhood and its QPV answer; the last outing comes back as a usual place.
// fr and Arabic, axe-clean at 100 % and 200 %, 48 px targets.
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { atTextSize } from './support/axe';
import { signInApi } from './support/dashboard-data';
import { expectBigTargets } from './support/kiosk';
import { demoCredentials } from './support/server';
import { openOutingForm, readStore, tapTile, teamSpaceOffline } from './support/team';

test('the outing form suggests the centre’s neighbourhoods and the last places, offline', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(120_000);
  const demo = demoCredentials();
  const tag = randomUUID().slice(0, 4);
  const [qpv, other] = [`Moulins ${tag}`, `Vieux-Lille ${tag}`];
  const api = await signInApi(request, demo.coordinator.login, demo.coordinator.password);
  const listed = (await (await api.get(`neighbourhoods?centre=${demo.centre.id}`)).json()) as {
    items: { name: string; qpv: boolean }[];
  };
  const saved = await api.put('neighbourhoods', {
    centreId: demo.centre.id,
    items: [
      ...listed.items.map(({ name, qpv: q }) => ({ name, qpv: q })),
      { name: qpv, qpv: true },
      { name: other, qpv: false },
    ],
  });
  expect(saved.status()).toBe(200);

  // A tablet enrols (its first pull brings the centre and its list), then the network is cut.
  await teamSpaceOffline(page, context);
  await openOutingForm(page);
  const suggestions = page.getByRole('group', {
    name: 'Quartiers habituels du centre : touchez pour remplir.',
  });
  await expect(suggestions.getByRole('button', { name: other })).toBeVisible();
  await atTextSize(page, 100, 'outing form with suggestions');
  await atTextSize(page, 200, 'outing form with suggestions');
  await expectBigTargets(page, 'outing form with suggestions at 200 %');
  await atTextSize(page, 100, 'outing form, back to 100 %');

  // One tap fills the neighbourhood and says it is a QPV.
  await suggestions.getByRole('button', { name: qpv }).click();
  await expect(page.getByLabel('Quartier', { exact: true })).toHaveValue(qpv);
  await expect(page.getByRole('radio', { name: 'Oui' })).toBeChecked();
  await tapTile(page, 'Type de lieu', 'Hall d’immeuble');
  await page.getByLabel('Nom du lieu').fill(`Hall ${tag}`);
  await page.getByRole('button', { name: 'Commencer la sortie' }).click();
  const [outing] = await readStore<{ neighbourhood: string; qpv: boolean }>(page, 'outings');
  expect(outing).toMatchObject({ neighbourhood: qpv, qpv: true });

  // The next outing form offers that place again, among the usual places.
  await page.goto('/equipe/sortie');
  const usual = page.getByRole('region', { name: 'Lieux habituels' });
  await expect(usual.getByRole('button', { name: `Hall ${tag} · ${qpv}` })).toBeVisible();

  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('group', { name: 'الأحياء المعتادة للمركز: المس للملء.' })).toBeVisible();
  await atTextSize(page, 100, 'outing form in Arabic');
  await atTextSize(page, 200, 'outing form in Arabic');
});
