// Who sees what in the dashboard: a coordinator of one centre sees nothing of another, in the
// pages and the API; a territory coordinator chooses among the centres of their territory only.
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { base, enrolDevice, push, sealedContact, signInApi, signInPage } from './support/dashboard-data';
import { cli, demoCredentials } from './support/server';

const CENTRE_B = 'lazare-garreau';
const CENTRE_B_NAME = 'Centre social et culturel Lazare Garreau';

test('a coordinator of centre A sees nothing of centre B, in the pages and the API', async ({
  page,
  request,
}) => {
  const demo = demoCredentials();
  const tag = randomUUID().slice(0, 6);
  // Centre B: its own coordinator, agent, tablet, an encounter and a contact to call back.
  const b = cli<{ login: string; password: string }>(
    'create-coordinator',
    '--login',
    `b-${tag}@test.demo`,
    '--name',
    `Coordination B ${tag}`,
    '--centre',
    CENTRE_B,
  );
  const bApi = await signInApi(request, b.login, b.password);
  const agentB = (
    (await (await bApi.post('agents', { centreId: CENTRE_B, displayName: `Agent B ${tag}` })).json()) as {
      agent: { id: string };
    }
  ).agent.id;
  const tabletB = await enrolDevice(request, CENTRE_B, `Tablette B ${tag}`);
  const at = '2025-06-10T10:00:00.000Z';
  const contactB = await sealedContact(tabletB, agentB, at, {
    firstName: `Bérénice${tag}`,
    phone: '06 11 22 33 44',
  });
  const encounterB = {
    ...base(tabletB, agentB, at),
    type: 'individuel',
    themes: ['sante'],
    actions: [{ kind: 'a_rappeler' }],
    contactId: contactB.id,
  };
  await push(request, tabletB, [
    ['contact', contactB],
    ['encounter', encounterB],
  ]);
  // Centre A: one encounter the same day.
  const tabletA = await enrolDevice(request, demo.centre.id, `Tablette A ${tag}`);
  await push(request, tabletA, [
    [
      'encounter',
      { ...base(tabletA, demo.agents[0]!.id, at), type: 'information', themes: ['email'], actions: [] },
    ],
  ]);

  // Centre B's coordinator does see B's encounter (the data is there).
  const bList = (await (await bApi.get('encounters?from=2025-06-01&to=2025-06-30')).json()) as {
    total: number;
  };
  expect(bList.total).toBe(1);

  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto('/dashboard/enregistrements?from=2025-06-01&to=2025-06-30');
  const table = page.getByRole('table');
  await expect(table.getByRole('row')).toHaveCount(2); // header + A's encounter
  await expect(table).toContainText('Information');
  await expect(page.getByText(CENTRE_B_NAME)).toHaveCount(0);
  await expect(page.getByText(`Agent B ${tag}`)).toHaveCount(0);
  // B's encounter by its address: "does not exist" for A.
  await page.goto(`/dashboard/enregistrements/${encounterB.id}`);
  await expect(page.getByRole('alert')).toContainText(/n’existe pas|introuvable/);
  await page.goto('/dashboard/suivis?statut=tous');
  await expect(page.getByText(`Agent B ${tag}`)).toHaveCount(0);
  await page.goto('/dashboard/admin/tablettes');
  await expect(page.getByRole('heading', { name: `Tablette A ${tag}` })).toBeVisible();
  await expect(page.getByText(`Tablette B ${tag}`)).toHaveCount(0);
  await page.goto('/dashboard/admin/agents');
  await expect(page.getByRole('rowheader', { name: 'Samira (démo)' })).toBeVisible();
  await expect(page.getByText(`Agent B ${tag}`)).toHaveCount(0);
  await page.goto('/dashboard/chiffres?from=2025-06-01&to=2025-06-30');
  await expect(
    // A's one accompaniment reads « moins de 5 » (the small-cell rule); the API below shows B's is not counted.
    page.getByTestId('figure-people').getByRole('row', { name: 'Accompagnements moins de 5' }),
  ).toBeVisible();
  // No centre choice for a coordinator of one centre; asking the API for B anyway gives nothing.
  await expect(page.getByLabel('Centre', { exact: true })).toHaveCount(0);

  const aApi = await signInApi(page.request, demo.coordinator.login, demo.coordinator.password);
  expect((await aApi.get(`encounters/${encounterB.id}`)).status()).toBe(404);
  expect((await aApi.get(`contacts/${contactB.id}`)).status()).toBe(404);
  // A centre outside the scope is answered as if it did not exist: an empty list, zero figures.
  const asked = await aApi.get(`encounters?from=2025-06-01&to=2025-06-30&centre=${CENTRE_B}`);
  expect(asked.status()).toBe(200);
  expect(((await asked.json()) as { total: number }).total).toBe(0);
  const figuresRes = await aApi.get(`figures?from=2025-06-01&to=2025-06-30&centre=${CENTRE_B}`);
  expect(figuresRes.status()).toBe(200);
  const figures = (await figuresRes.json()) as { accompaniments: { total: number } };
  expect(figures.accompaniments.total).toBe(0);
});

test('a territory coordinator chooses among the centres of their territory only', async ({ page }) => {
  const tag = randomUUID().slice(0, 6);
  const t = cli<{ login: string; password: string }>(
    'create-coordinator',
    '--login',
    `territoire-${tag}@test.demo`,
    '--name',
    `Territoire ${tag}`,
    '--role',
    'territory_coordinator',
    '--territory',
    'versant-nord-est',
  );
  await signInPage(page, t.login, t.password);
  await page.goto('/dashboard/chiffres');
  const centres = page.getByLabel('Centre', { exact: true });
  await expect(centres.getByRole('option')).toHaveCount(5);
  const names = (await centres.getByRole('option').allTextContents()).sort();
  expect(names).toEqual(
    [
      'Tous',
      'Centre socioculturel Belencontre',
      'Centre socioculturel Phalempins',
      'Maison de Jeunes et de la Culture du Virolois',
      'Maison de développement social Echo',
    ].sort(),
  );
  await expect(centres.getByRole('option', { name: /Arbrisseau/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'figures for a territory coordinator');
});
