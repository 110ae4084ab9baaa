// Records a tablet sent that failed validation are shown with their reason and corrected from the
// page; a tablet's "données en attente" file imported from the page follows the push's rules
// (a second import of the same file adds nothing).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { base, enrolDevice, pushRaw, signInApi, signInPage } from './support/dashboard-data';
import { demoCredentials } from './support/server';

test('a rejected record is shown with its reason, then corrected from the page', async ({
  page,
  request,
}) => {
  const demo = demoCredentials();
  const tablet = await enrolDevice(request, demo.centre.id, `Tablette quarantaine ${Date.now()}`);
  const bad = {
    ...base(tablet, demo.agents[0]!.id, '2025-10-01T10:00:00.000Z'),
    type: 'inconnu',
    themes: [],
    actions: [],
  };
  const res = await pushRaw(request, tablet, [['encounter', bad]]);
  expect(res.status()).toBe(200);
  expect(((await res.json()) as { results: { status: string }[] }).results[0]!.status).toBe('rejected');
  tablet.nextSeq += 1;

  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto('/dashboard/a-corriger');
  const item = page.getByRole('region', { name: /de la tablette « Tablette quarantaine/ });
  await expect(item).toContainText('Raison');
  await expect(item).toContainText('type');
  await expectNoAxeViolations(page, 'records to correct');
  await item.getByRole('button', { name: 'Corriger' }).click();
  const editor = item.getByLabel('Contenu de l’enregistrement');
  await editor.fill((await editor.inputValue()).replace('"inconnu"', '"information"'));
  await expectNoAxeViolations(page, 'correcting a record');
  await item.getByRole('button', { name: 'Enregistrer la correction' }).click();
  await expect(item.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'corrigé' })).toBeVisible();
  await expect(item).toHaveCount(0);

  const dash = await signInApi(request, demo.coordinator.login, demo.coordinator.password);
  const stored = (await (await dash.get(`encounters/${bad.id}`)).json()) as { encounter: { type: string } };
  expect(stored.encounter.type).toBe('information');
});

test('a tablet’s pending-data file imported from the page counts once, even imported twice', async ({
  page,
  request,
}) => {
  const demo = demoCredentials();
  const tablet = await enrolDevice(request, demo.centre.id);
  const agent = demo.agents[1]!.id;
  const records = [1, 2].map((n) => ({
    ...base(tablet, agent, `2025-10-1${n}T10:00:00.000Z`),
    type: 'information',
    themes: ['email'],
    actions: [],
  }));
  const dir = mkdtempSync(join(tmpdir(), 'borne-import-'));
  const file = join(dir, 'donnees-en-attente.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'borne-outbox',
      version: 1,
      deviceId: tablet.deviceId,
      centreId: tablet.centreId,
      exportedAt: new Date().toISOString(),
      mutations: records.map((record, i) => ({ seq: i + 1, entity: 'encounter', op: 'upsert', record })),
    }),
  );

  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto('/dashboard/import');
  await page.getByRole('button', { name: 'Importer' }).click();
  await expect(page.getByRole('alert')).toHaveText('Choisissez d’abord un fichier.');
  await page.getByLabel('Fichier de la tablette').setInputFiles(file);
  await page.getByRole('button', { name: 'Importer' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Import terminé : 2 ajoutés, 0 déjà reçus, 0 à corriger.',
  );
  await expectNoAxeViolations(page, 'import done');
  await page.getByRole('button', { name: 'Importer' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Import terminé : 0 ajoutés, 2 déjà reçus, 0 à corriger.',
  );

  // A file that is not a tablet's: said in words.
  const wrong = join(dir, 'autre.json');
  writeFileSync(wrong, JSON.stringify({ hello: 'world' }));
  await page.getByLabel('Fichier de la tablette').setInputFiles(wrong);
  await page.getByRole('button', { name: 'Importer' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'Ce fichier n’est pas un fichier de la tablette. Choisissez le fichier « données en attente ».',
  );
});
