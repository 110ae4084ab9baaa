// Administration in the pages, checked where it matters: a tablet enrolled with the page's code and
// then revoked is refused at its next sync; a guide change published from the page reaches
// GET /api/v1/content and a tablet's pull; the purge deletes only expired contacts.
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import {
  base,
  type Device,
  enrolDevice,
  push,
  pushRaw,
  sealedContact,
  signInApi,
  signInPage,
} from './support/dashboard-data';
import { enrolTablet } from './support/enrol';
import { readRows } from './support/kiosk';
import { currentServer, demoCredentials } from './support/server';

test('a tablet enrolled with the page’s code, then revoked, is refused at its next sync', async ({
  page,
  request,
}) => {
  const demo = demoCredentials();
  const name = `Tablette à retirer ${randomUUID().slice(0, 6)}`;
  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto('/dashboard/admin/tablettes');
  await page.getByRole('button', { name: 'Créer un code d’installation' }).click();
  const qr = page.getByTestId('enrol-code').getByRole('img');
  await expect(qr).toHaveAttribute('src', /^data:image\/svg\+xml;base64,/);
  const code = (await page.getByTestId('enrol-code-text').textContent())!.trim();
  await expect(qr).toHaveAttribute('alt', new RegExp(code));
  await expectNoAxeViolations(page, 'tablets with an enrolment code');

  // The tablet enrols with that code and syncs.
  const url = currentServer().baseURL;
  const enrolled = await request.post(`${url}/api/v1/devices/enrol`, { data: { code, deviceName: name } });
  expect(enrolled.status()).toBe(200);
  const body = (await enrolled.json()) as {
    deviceId: string;
    deviceToken: string;
    centre: Device['publicKey'] & { id: string; publicKey: Device['publicKey'] };
  };
  const tablet: Device = {
    deviceId: body.deviceId,
    deviceToken: body.deviceToken,
    centreId: body.centre.id,
    publicKey: body.centre.publicKey,
    nextSeq: 1,
  };
  const agent = demo.agents[0]!.id;
  await push(request, tablet, [
    [
      'encounter',
      { ...base(tablet, agent, '2025-08-01T10:00:00.000Z'), type: 'information', themes: [], actions: [] },
    ],
  ]);

  // Revoke it from the page: what it does is said before and after.
  await page.reload();
  const card = page.getByTestId('tablet').filter({ has: page.getByRole('heading', { name }) });
  await card.getByRole('button', { name: 'Retirer cette tablette' }).click();
  await expect(card).toContainText(
    'À sa prochaine connexion, le serveur la refuse et elle efface toutes ses données.',
  );
  await expectNoAxeViolations(page, 'tablet revocation question');
  await card.getByRole('button', { name: 'Oui, retirer la tablette' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Tablette « ${name} » retirée.` })).toContainText(
    /efface/,
  );
  await expect(card).toBeHidden(); // now in the folded list of revoked tablets

  const refused = await pushRaw(request, tablet, [
    [
      'encounter',
      { ...base(tablet, agent, '2025-08-01T11:00:00.000Z'), type: 'information', themes: [], actions: [] },
    ],
  ]);
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('device_revoked');
  const pull = await request.get(`${url}/api/v1/sync/pull`, {
    headers: { Authorization: `Bearer ${tablet.deviceToken}` },
  });
  expect(pull.status()).toBe(403);
});

test('a guide change published from the page reaches the content bundle and a tablet after sync', async ({
  page,
  browser,
  baseURL,
}) => {
  const demo = demoCredentials();
  const url = currentServer().baseURL;
  const guideId = 'retraite-releve-demande';
  const request = page.request;
  const before = (await (await request.get(`${url}/api/v1/content`)).json()) as {
    version: number;
    guides: { id: string; summary: { fr: string } }[];
  };
  const original = before.guides.find((g) => g.id === guideId)!.summary.fr;
  const changed = `${original} Mise à jour ${randomUUID().slice(0, 6)}.`;
  // A real tablet in the browser, enrolled and synced before the change.
  await enrolTablet(page, `Tablette contenu ${randomUUID().slice(0, 6)}`);

  const office = await browser.newContext({ baseURL });
  const dashboard = await office.newPage();
  // Publishing reaches every tablet of every centre: only an administrator publishes (issue 9).
  await signInPage(dashboard, demo.admin!.login, demo.admin!.password);
  await dashboard.goto('/dashboard/admin/guides');
  await dashboard
    .getByRole('link', { name: /relevé de carrière|retraite/i })
    .first()
    .click();
  await expect(dashboard.getByRole('heading', { level: 1, name: /^Modifier/ })).toBeVisible();
  await dashboard.getByLabel('Résumé').fill(changed);
  await expect(dashboard.getByTestId('guide-preview')).toContainText(changed);
  await dashboard.getByRole('button', { name: 'Arabe' }).click();
  await expect(dashboard.getByTestId('guide-preview')).toHaveAttribute('dir', 'rtl');
  await expectNoAxeViolations(dashboard, 'guide editor in Arabic');
  await dashboard.getByRole('button', { name: 'Français' }).click();
  await dashboard.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(dashboard.getByRole('status')).toHaveText(/Brouillon enregistré/);

  await dashboard.getByRole('link', { name: 'Retour aux guides' }).click();
  await expect(dashboard.getByRole('row').filter({ hasText: 'Brouillon à publier' })).toHaveCount(1);
  await dashboard.getByRole('button', { name: 'Publier maintenant' }).click();
  await expect(dashboard.getByRole('status')).toHaveText(new RegExp(`Version ${before.version + 1} publiée`));

  const after = (await (await request.get(`${url}/api/v1/content`)).json()) as typeof before;
  expect(after.version).toBe(before.version + 1);
  expect(after.guides.find((g) => g.id === guideId)!.summary.fr).toBe(changed);

  // The tablet's next sync (app start) stores the new bundle; the kiosk shows the new words.
  await page.goto('/borne');
  await expect
    .poll(
      async () => {
        const rows = await readRows<{ version: number }>(page, 'contentBundles');
        return Math.max(0, ...rows.map((r) => r.version));
      },
      { timeout: 30_000 },
    )
    .toBe(after.version);
  await page.goto('/borne');
  await page.goto(`/borne/guide/${guideId}`);
  await expect(page.getByText(changed)).toBeVisible();

  // Put the text back (other tests read this guide), through the same API the page uses.
  const dash = await signInApi(office.request, demo.admin!.login, demo.admin!.password);
  const current = (await (await dash.get(`guides/${guideId}`)).json()) as {
    published: { summary: { fr: string } };
  };
  current.published.summary.fr = original;
  expect((await dash.put(`guides/${guideId}/draft`, { guide: current.published })).status()).toBe(200);
  expect((await dash.post('content/publish', {})).status()).toBe(200);
  await office.close();
});

test('the purge deletes only the contacts past their retention date, and keeps the figures', async ({
  page,
  request,
}) => {
  const demo = demoCredentials();
  const agent = demo.agents[0]!.id;
  const tablet = await enrolDevice(request, demo.centre.id);
  const at = '2024-09-02T10:00:00.000Z';
  const expired = await sealedContact(
    tablet,
    agent,
    at,
    { firstName: 'Ancien', phone: '06 98 76 54 32' },
    {
      retentionUntil: '2025-01-01T00:00:00.000Z',
    },
  );
  const kept = await sealedContact(
    tablet,
    agent,
    at,
    { firstName: 'Récent', phone: '06 98 76 54 33' },
    {
      // The server caps retention at consent + the centre's policy: a recent consent keeps it.
      consentAt: new Date(Date.now() - 86_400_000).toISOString(),
      retentionUntil: '2099-01-01T00:00:00.000Z',
    },
  );
  const withExpired = {
    ...base(tablet, agent, at),
    type: 'individuel',
    themes: ['sante'],
    actions: [{ kind: 'a_rappeler' }],
    contactId: expired.id,
  };
  const withKept = {
    ...base(tablet, agent, at),
    type: 'individuel',
    themes: ['email'],
    actions: [{ kind: 'a_rappeler' }],
    contactId: kept.id,
  };
  await push(request, tablet, [
    ['contact', expired],
    ['contact', kept],
    ['encounter', withExpired],
    ['encounter', withKept],
  ]);

  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto('/dashboard/admin/purge');
  await page.getByRole('button', { name: 'Voir ce qui serait supprimé' }).click();
  await expect(page.getByTestId('purge-preview')).toContainText(
    '1 contact(s) dépassent leur durée de conservation.',
  );
  await expectNoAxeViolations(page, 'purge preview');
  await page.getByRole('button', { name: 'Supprimer ces 1 contact(s)' }).click();
  await expect(page.getByRole('status')).toHaveText('Purge terminée : 1 contact(s) supprimé(s).');

  const dash = await signInApi(request, demo.coordinator.login, demo.coordinator.password);
  expect((await dash.get(`contacts/${expired.id}`)).status()).toBe(404);
  expect((await dash.get(`contacts/${kept.id}`)).status()).toBe(200);
  // Both encounters stay (anonymous figures); only the expired contact's link is gone.
  const e1 = (await (await dash.get(`encounters/${withExpired.id}`)).json()) as { contact: unknown };
  const e2 = (await (await dash.get(`encounters/${withKept.id}`)).json()) as {
    contact: { id: string } | null;
  };
  expect(e1.contact).toBeNull();
  expect(e2.contact?.id).toBe(kept.id);
  // The month's list still holds both (a figure of 2 people leaves the server as « moins de 5 »:
  // the small-cell rule, so the list is what tells 2 from 1).
  const month = (await (
    await dash.get('encounters?from=2024-09-01&to=2024-09-30&type=individuel')
  ).json()) as { items: { id: string }[]; total: number };
  expect(month.items.map((e) => e.id).sort()).toEqual([withExpired.id, withKept.id].sort());
  const figures = (await (await dash.get('figures?from=2024-09-01&to=2024-09-30')).json()) as {
    accompaniments: { individuel: number | string };
  };
  expect(figures.accompaniments.individuel).toBe('moins_de_5');
});

test('a GDPR request: find a person by phone, export, erase', async ({ page, request }) => {
  const demo = demoCredentials();
  const tablet = await enrolDevice(request, demo.centre.id);
  const phone = `06 ${String(Math.floor(Math.random() * 1e8))
    .padStart(8, '0')
    .replace(/(\d\d)(?=\d)/g, '$1 ')}`;
  const contact = await sealedContact(tablet, demo.agents[0]!.id, '2025-09-09T10:00:00.000Z', {
    firstName: 'Rgpd',
    phone,
  });
  await push(request, tablet, [['contact', contact]]);

  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto('/dashboard/admin/rgpd');
  // Written another way than on the tablet: the server's lookup normalises both.
  await page.getByLabel('Téléphone').fill(`+33${phone.replace(/\s/g, '').slice(1)}`);
  await page.getByRole('button', { name: 'Chercher' }).click();
  await expect(page.getByRole('group', { name: 'Contacts trouvés (1)' })).toBeVisible();
  await expectNoAxeViolations(page, 'GDPR search results');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Exporter ses données' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^rgpd-export-.*\.json$/);
  await page.getByRole('button', { name: 'Effacer ses données' }).click();
  await page.getByRole('button', { name: 'Oui, effacer' }).click();
  await expect(page.getByRole('status')).toHaveText('1 contact(s) effacé(s).');
  await page.getByRole('button', { name: 'Chercher' }).click();
  await expect(page.getByText('Aucun contact trouvé avec ce téléphone ou cet e-mail.')).toBeVisible();
});
