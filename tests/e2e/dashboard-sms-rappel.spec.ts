// « Envoyer un SMS de rappel » from the follow-up queue, as a coordinator uses it, against the
// Android gateway simulator: the person agreed to be called back and to get SMS, the text goes once
// to their number in their language (English here), and the SMS page shows it in that language.
// A centre no other spec sends SMS from, so the simulators of parallel specs never cross.
import { randomUUID } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { nextSendingTime } from '../../server/sms/quiet-hours';
import {
  type AndroidGatewaySimulator,
  startAndroidGatewaySimulator,
} from '../../server/test-support/sms-simulators/android-gateway';
import { expectNoAxeViolations } from './support/axe';
import { base, enrolDevice, push, sealedContact, signInApi, signInPage } from './support/dashboard-data';
import { cli } from './support/server';

const CENTRE = 'phalempins';

let sim: AndroidGatewaySimulator;
test.beforeAll(async () => {
  sim = await startAndroidGatewaySimulator();
});
test.afterAll(() => sim.close());

test('a coordinator sends a « rappel » by SMS from a follow-up; it goes once, in the person’s language', async ({
  page,
  request,
}) => {
  const tag = randomUUID().slice(0, 6);
  const coord = cli<{ login: string; password: string }>(
    'create-coordinator',
    '--login',
    `sms-${tag}@test.demo`,
    '--name',
    `Coordination SMS ${tag}`,
    '--centre',
    CENTRE,
  );
  const api = await signInApi(request, coord.login, coord.password);
  const agentName = `Agent SMS ${tag}`;
  const agent = (
    (await (await api.post('agents', { centreId: CENTRE, displayName: agentName })).json()) as {
      agent: { id: string };
    }
  ).agent.id;
  const settings = await api.put('sms/settings', {
    centreId: CENTRE,
    provider: 'android_gateway',
    dailyCap: 50,
    outcomeDelayDays: 30,
    config: { baseUrl: sim.url, login: sim.login, password: sim.password },
  });
  expect(settings.status(), await settings.text()).toBe(200);
  const tablet = await enrolDevice(request, CENTRE, `Tablette SMS ${tag}`);
  const at = new Date(Date.now() - 86_400_000).toISOString();
  const personal = { firstName: `Jane${tag}`, phone: '06 98 76 54 32', language: 'en' } as {
    firstName: string;
    phone: string;
  };
  const withSms = await sealedContact(tablet, agent, at, personal, { purposes: ['rappel', 'sms'] });
  const callOnly = await sealedContact(tablet, agent, at, {
    firstName: `Paul${tag}`,
    phone: '06 55 44 33 22',
  });
  const asked = (contactId: unknown) => ({
    ...base(tablet, agent, at),
    type: 'individuel',
    themes: ['email'],
    actions: [{ kind: 'a_rappeler' }],
    contactId,
  });
  await push(request, tablet, [
    ['contact', withSms],
    ['encounter', asked(withSms.id)],
    ['contact', callOnly],
    ['encounter', asked(callOnly.id)],
  ]);

  await signInPage(page, coord.login, coord.password);
  await page.goto('/dashboard/suivis');
  const cards = page.getByRole('region', { name: new RegExp(`recueilli par ${agentName}`) });
  await expect(cards).toHaveCount(2);
  const card = cards.filter({ hasText: 'Recevoir des SMS du centre' });
  const other = cards.filter({ hasNotText: 'Recevoir des SMS du centre' });
  // Only the person who agreed to SMS gets the button.
  await expect(other.getByRole('button', { name: 'Envoyer un SMS de rappel' })).toHaveCount(0);
  await card.getByRole('button', { name: 'Envoyer un SMS de rappel' }).click();
  await expect(card.getByTestId('sms-rappel').getByRole('status')).toContainText(
    'SMS de rappel prévu : il part le',
  );
  await card.getByRole('button', { name: 'Envoyer un SMS de rappel' }).click();
  await expect(card.getByTestId('sms-rappel').getByRole('status')).toHaveText(
    'Un SMS de rappel est déjà prévu aujourd’hui pour cette personne.',
  );
  await expectNoAxeViolations(page, 'follow-ups with the SMS rappel');

  // The scheduler may have sent it already; a pass sends it if not. Either way it goes once.
  // The pass runs at the real time when sending is allowed: a later clock would take the
  // scheduler's claim (a 5-minute lease) for an abandoned one while that send is still in flight.
  // In quiet hours the scheduler holds the message, so the pass may run at the next sending time.
  cli('sms-run', '--centre', CENTRE, '--now', nextSendingTime(new Date()).toISOString());
  await expect.poll(() => sim.received.filter((m) => m.to === '+33698765432').length).toBe(1);
  const text = sim.received.find((m) => m.to === '+33698765432')!.text;
  expect(text).toContain('the team would like to talk with you again');
  expect(text).toMatch(/reply STOP\.$/);
  expect(sim.received.some((m) => m.to === '+33655443322')).toBe(false);

  await page.goto('/dashboard/sms');
  const row = page.getByTestId('sms-queue').getByRole('row', { name: /Rappel demandé/ });
  await expect(row).toHaveCount(1);
  const cell = row.getByRole('cell', { name: text });
  await expect(cell).toHaveAttribute('lang', 'en');
  await expect(cell).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('sms-queue')).not.toContainText(`Jane${tag}`);
  await expectNoAxeViolations(page, 'SMS queue with an English text');
});
