// Records, follow-ups and exports in the pages, against records a tablet pushed: the review state,
// every opening of a contact in the audit log, and the CSV export read back cell by cell. What a
// coordinator of another centre sees is in dashboard-scope.spec.ts.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { parseCsv } from './support/csv';
import { base, enrolDevice, push, sealedContact, signInApi, signInPage } from './support/dashboard-data';
import { demoCredentials } from './support/server';

test('review, follow-up, and every opening of a contact in the audit log', async ({ page, request }) => {
  const demo = demoCredentials();
  const tag = randomUUID().slice(0, 6);
  const dash = await signInApi(request, demo.coordinator.login, demo.coordinator.password);
  // A fresh agent, so this test's follow-up is the only one "recueilli par" them.
  const agentName = `Agent suivi ${tag}`;
  const agent = (
    (await (await dash.post('agents', { centreId: demo.centre.id, displayName: agentName })).json()) as {
      agent: { id: string };
    }
  ).agent.id;
  const tablet = await enrolDevice(request, demo.centre.id);
  const at = '2025-07-03T09:30:00.000Z';
  const contact = await sealedContact(tablet, agent, at, {
    firstName: 'Nadia',
    lastName: `Test${tag}`,
    phone: '06 12 34 56 78',
  });
  const encounter = {
    ...base(tablet, agent, at),
    type: 'individuel',
    themes: ['aide_aux_demarches_administratives'],
    institutions: ['caf'],
    actions: [{ kind: 'a_rappeler' }],
    contactId: contact.id,
  };
  await push(request, tablet, [
    ['contact', contact],
    ['encounter', encounter],
  ]);

  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  // Review state with a comment, beside the record.
  await page.goto(`/dashboard/enregistrements/${encounter.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Une rencontre' })).toBeVisible();
  await expectNoAxeViolations(page, 'one encounter');
  await page.getByRole('radio', { name: 'À vérifier' }).check();
  await page.getByLabel('Commentaire').fill('Vérifier la date avec l’agent.');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('status')).toHaveText('Relecture enregistrée : À vérifier.');
  await page.goto('/dashboard/enregistrements?from=2025-07-01&to=2025-07-31&review=a_verifier');
  await expect(page.getByRole('row').filter({ hasText: agentName })).toContainText('À vérifier');

  // The follow-up: no personal data until "Afficher les coordonnées".
  await page.goto('/dashboard/suivis');
  const card = page.getByRole('region', { name: new RegExp(`recueilli par ${agentName}`) });
  await expect(card).toBeVisible();
  await expect(page.getByText(`Test${tag}`)).toHaveCount(0);
  await card.getByRole('button', { name: 'Afficher les coordonnées' }).click();
  await expect(card.getByTestId('contact-details')).toContainText(`Nadia Test${tag}`);
  await expect(card.getByTestId('contact-details')).toContainText('06 12 34 56 78');
  await expectNoAxeViolations(page, 'follow-ups with a contact opened');
  await card.getByRole('button', { name: 'Masquer les coordonnées' }).click();
  await card.getByRole('button', { name: 'Afficher les coordonnées' }).click();
  await expect(card.getByTestId('contact-details')).toBeVisible();
  // Status, due date and assignee are kept.
  await card.getByLabel('État').selectOption('injoignable');
  await card.getByLabel('À faire avant le').fill('2025-07-10');
  await card.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(card.getByRole('status')).toHaveText('Enregistré.');
  await page.goto('/dashboard/suivis?statut=injoignable');
  await expect(page.getByRole('region', { name: new RegExp(`recueilli par ${agentName}`) })).toBeVisible();

  // The export with names opens the contact once more.
  await page.goto('/dashboard/exports');
  await page.getByLabel('Avec les noms et coordonnées').check();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Télécharger les suivis (CSV)' }).click(),
  ]);
  const csv = readFileSync((await download.path())!, 'utf8');
  expect(csv).toContain(`Test${tag}`);

  // Three openings of this contact (twice on screen, once for the export), each in the log.
  await page.goto('/dashboard/admin/journal?action=contact.open');
  // The Journal names the contact by its label (when it was recorded), never by its raw id.
  const recorded = new Date(contact.createdAt as string).toLocaleString('fr-FR', {
    timeZone: 'Europe/Paris',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
  const rows = page
    .getByTestId('audit-table')
    .getByRole('row')
    .filter({ hasText: `Contact enregistré le ${recorded}` });
  await expect(rows).toHaveCount(3);
  await expect(page.getByTestId('audit-table')).not.toContainText(contact.id as string);
  await expect(rows.first()).toContainText('Coordonnées ouvertes');
  await expect(rows.first()).toContainText('Coordination Arbrisseau (démo)');
  await expectNoAxeViolations(page, 'audit log');
});

test('the CSV export parses into the expected rows and columns, formulas neutralised', async ({
  page,
  request,
}) => {
  const demo = demoCredentials();
  const agent = demo.agents[1]!.id;
  const tablet = await enrolDevice(request, demo.centre.id);
  const outing = base(tablet, agent, '2025-05-06T08:00:00.000Z');
  const e1 = {
    ...base(tablet, agent, '2025-05-06T09:15:00.000Z'),
    outingId: outing.id,
    type: 'individuel',
    profile: { sex: 'feminin', ageBand: '40_54' },
    themes: ['email'],
    actions: [{ kind: 'aide_sur_place' }],
    durationMin: 15,
    note: '=HYPERLINK("http://x","y")',
  };
  const e2 = {
    ...base(tablet, agent, '2025-05-20T14:00:00.000Z'),
    type: 'collectif',
    participants: { count: 7 },
    themes: ['navigation_sur_internet'],
    actions: [],
    note: 'Atelier; "initiation", suite',
  };
  await push(request, tablet, [
    [
      'outing',
      {
        ...outing,
        placeKind: 'centre_commercial',
        placeLabel: 'Centre Grand Place',
        neighbourhood: 'Centre',
        qpv: false,
        startedAt: outing.createdAt,
      },
    ],
    ['encounter', e1],
    ['encounter', e2],
  ]);

  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto('/dashboard/exports?from=2025-05-01&to=2025-05-31');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Télécharger Rencontres (CSV)' }).click(),
  ]);
  const raw = readFileSync((await download.path())!);
  expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 byte order mark
  const text = raw.toString('utf8').slice(1);
  expect(text).toContain('\r\n');
  const [title, headers, ...rows] = parseCsv(text).filter((r) => r.some((c) => c !== ''));
  expect(title).toEqual(['Accompagnements du 01/05/2025 au 31/05/2025']);
  expect(headers).toEqual(
    expect.arrayContaining([
      'Date',
      'Heure',
      'Centre',
      'Agent',
      'Type',
      'Participants',
      'Lieu de la sortie',
      'Thématiques',
      'Actions',
      'Note',
      'Identifiant',
    ]),
  );
  expect(rows).toHaveLength(2);
  const col = (row: string[], name: string) => row[headers!.indexOf(name)];
  for (const row of rows) expect(row).toHaveLength(headers!.length);
  const byId = new Map(rows.map((r) => [col(r, 'Identifiant'), r]));
  const r1 = byId.get(e1.id)!;
  const r2 = byId.get(e2.id)!;
  expect(col(r1, 'Date')).toBe('06/05/2025');
  expect(col(r1, 'Type')).toBe('Individuel');
  expect(col(r1, 'Lieu de la sortie')).toBe('Centre Grand Place');
  expect(col(r1, 'Note')).toBe('\'=HYPERLINK("http://x","y")');
  expect(col(r2, 'Date')).toBe('20/05/2025');
  expect(col(r2, 'Participants')).toBe('7');
  expect(col(r2, 'Note')).toBe('Atelier; "initiation", suite');
});
