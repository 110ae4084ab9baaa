// A resident asks to be told when the borne comes to their neighbourhood (issue 12): the agent
// ticks « Recevoir un SMS quand la borne vient dans mon quartier » offline and taps the neighbourhood
// among the planned permanences' ones; the neighbourhood is sealed with the contact (nowhere in
// clear in the tablet's contacts); after sync the server's planner finds the contact by it, the
// day before the permanence, and queues the announcement with the place's public words.
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { signInApi } from './support/dashboard-data';
import { enrolTablet } from './support/enrol';
import { readRows } from './support/kiosk';
import { openControlled } from './support/pwa';
import { cli, demoCredentials } from './support/server';
import { demoAgent, LEGEND, readStore, tapTile, unlockAs } from './support/team';

const PURPOSES = 'La personne est d’accord pour :';
const ANNOUNCE = 'Recevoir un SMS quand la borne vient dans mon quartier';

/** Tomorrow in Paris, as the planner counts days. */
function parisTomorrow(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() + 86_400_000),
  );
}

test('a contact asks for the announcements of the borne in their neighbourhood; the planner finds them by it', async ({
  page,
  context,
  request,
}) => {
  test.setTimeout(180_000);
  const demo = demoCredentials();
  const tag = randomUUID().slice(0, 4);
  const neighbourhood = `Fives ${tag}`;
  const place = `Parvis Saint-Sacrement ${tag}`;
  const api = await signInApi(request, demo.coordinator.login, demo.coordinator.password);
  const planned = await api.post('permanences', {
    centreId: demo.centre.id,
    placeKind: 'marche',
    placeLabel: place,
    neighbourhood,
    qpv: true,
    repeat: 'once',
    date: parisTomorrow(),
    startTime: '09:30',
    endTime: '12:00',
  });
  expect(planned.status(), await planned.text()).toBe(201);

  await enrolTablet(page);
  await expect
    .poll(async () => (await readRows<{ placeLabel: string }>(page, 'permanences')).map((p) => p.placeLabel))
    .toContain(place);
  await openControlled(page, '/equipe');
  await context.setOffline(true);
  await page.reload();
  await unlockAs(page, demoAgent());

  await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
  await tapTile(page, LEGEND.themes, 'E-mail');
  await page.getByText('Coordonnées (avec accord)', { exact: true }).click();
  await page.getByRole('button', { name: 'Ajouter les coordonnées' }).first().click();
  await expect(page.getByRole('heading', { name: 'Coordonnées, avec accord' })).toBeVisible();
  await tapTile(page, PURPOSES, ANNOUNCE);
  await page.getByRole('textbox', { name: 'Prénom' }).fill(`Yasmine${tag}`);
  await page.getByRole('textbox', { name: 'Téléphone' }).fill('06 21 43 65 87');
  await tapTile(page, 'Comment la contacter ?', 'SMS');
  await page.getByRole('button', { name: 'Enregistrer le contact' }).click();
  await expect(page.getByText('Choisissez le quartier où la personne veut être prévenue.')).toBeVisible();
  await expectNoAxeViolations(page, 'contact form asking for the neighbourhood');
  await tapTile(page, /^Quartier où prévenir la personne/, neighbourhood);
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  await expectNoAxeViolations(page, 'contact form with the neighbourhood at 200 %');
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '';
  });
  await page.getByRole('button', { name: 'Enregistrer le contact' }).click();
  await expect(page.getByText('Contact enregistré (chiffré)').first()).toBeVisible();
  await tapTile(page, LEGEND.autonomy, 'Autonome');
  await tapTile(page, LEGEND.duration, '15 min');
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByTestId('flash')).toHaveText('Rencontre enregistrée.');
  // Sealed: the tablet's contacts hold neither the name nor the neighbourhood in clear.
  const contacts = JSON.stringify(await readStore(page, 'contacts'));
  expect(contacts).toContain('annonces_permanences');
  expect(contacts).not.toContain(tag);

  await context.setOffline(false);
  await expect.poll(async () => (await readStore(page, 'outbox')).length, { timeout: 60_000 }).toBe(0);

  cli('sms-run', '--centre', demo.centre.id);
  const queue = (await (await api.get(`sms?centre=${demo.centre.id}`)).json()) as {
    messages: { purpose: string; text: string }[];
  };
  const ours = queue.messages.filter((m) => m.purpose === 'annonce_permanence' && m.text.includes(place));
  expect(ours).toHaveLength(1);
  expect(ours[0]!.text).toContain('la borne numérique revient demain de 09:30 à 12:00');
  expect(ours[0]!.text).not.toContain(`Yasmine${tag}`);
});
