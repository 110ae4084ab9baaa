// The SMS page as a coordinator uses it: dry run first, then the centre's Android gateway (a local
// simulator of its HTTP API, started here) and a test message to their own number.
import { expect, test } from '@playwright/test';
import {
  type AndroidGatewaySimulator,
  startAndroidGatewaySimulator,
} from '../../server/test-support/sms-simulators/android-gateway';
import { expectNoAxeViolations } from './support/axe';
import { signInPage } from './support/dashboard-data';
import { demoCredentials } from './support/server';

let sim: AndroidGatewaySimulator;
test.beforeAll(async () => {
  sim = await startAndroidGatewaySimulator();
});
test.afterAll(() => sim.close());

test('a coordinator chooses the Android gateway, sends a test SMS, and reads the queue in words', async ({
  page,
}) => {
  const { coordinator } = demoCredentials();
  await signInPage(page, coordinator.login, coordinator.password);
  await page.goto('/dashboard/sms');
  await expect(page.getByRole('heading', { level: 1, name: 'SMS aux habitants' })).toBeVisible();
  await expect(page.getByText('Aucun fournisseur n’est choisi : rien n’est envoyé.')).toBeVisible();
  await expectNoAxeViolations(page, 'SMS page, dry run');

  await page.getByLabel('Fournisseur', { exact: true }).selectOption('android_gateway');
  await page.getByLabel('Adresse de la passerelle').fill(sim.url);
  await page.getByLabel('Identifiant de la passerelle').fill(sim.login);
  await page.getByLabel('Mot de passe de la passerelle').fill(sim.password);
  await page.getByRole('button', { name: 'Enregistrer le fournisseur' }).click();
  await expect(page.getByText('Réglages enregistrés.')).toBeVisible();
  await expect(page.getByTestId('sms-webhook')).toContainText('/api/v1/sms/inbound/android/');

  await page.getByLabel('Votre numéro de téléphone').fill('06 11 22 33 44');
  await page.getByRole('button', { name: 'Envoyer l’essai' }).click();
  await expect(page.getByText('Essai traité : 1 envoyé, 0 simulé, 0 en échec.')).toBeVisible();
  expect(sim.received.map((m) => m.to)).toEqual(['+33611223344']);
  expect(sim.received[0]!.text).toContain('message d’essai');

  await page.reload();
  const queue = page.getByTestId('sms-queue');
  await expect(queue.getByRole('row', { name: /Essai.*Envoyé/ })).toBeVisible();
  await expect(queue).not.toContainText('+336');
  await expect(page.getByLabel('Mot de passe de la passerelle')).toHaveValue('');
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  await expectNoAxeViolations(page, 'SMS page at 200 %');
});
