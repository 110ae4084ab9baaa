import { expect, type Page, test } from '@playwright/test';
import { compileContent } from '../../scripts/content/compile';
import { KIOSK_AGENT_ID } from '../../src/shared/kiosk-agent';
import { SURVEY_SETS } from '../../src/shared/survey';
import { enrolTablet } from './support/enrol';
import { expectAccessibleAtBothSizes, openKioskOffline, readRows } from './support/kiosk';
import { demoCredentials } from './support/server';

const bundle = compileContent('content');
const CAF = bundle.guides.find((g) => g.id === 'caf-attestation-paiement')!;
const FACES = [
  '1 sur 5 — pas du tout d’accord',
  '2 sur 5 — pas d’accord',
  '3 sur 5 — ni d’accord, ni pas d’accord',
  '4 sur 5 — d’accord',
  '5 sur 5 — tout à fait d’accord',
];

interface KioskEventRow {
  event: string;
  guideId?: string;
  step?: number;
  language: string;
  centreId: string;
  agentId: string;
}

function lastAgentId(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const open = indexedDB.open('keyval-store');
        open.onerror = () => resolve(undefined);
        open.onsuccess = () => {
          const req = open.result.transaction('keyval').objectStore('keyval').get('setting:lastAgentId');
          req.onsuccess = () => resolve(req.result);
          req.onerror = () => resolve(undefined);
        };
      }),
  );
}

/** Anonymous kiosk records are attributed to the tablet and the agent who last unlocked it. */
async function enrolAndUnlock(page: Page) {
  await enrolTablet(page);
  const agent = demoCredentials().agents[0]!;
  await expect(page.getByRole('heading', { name: 'Qui êtes-vous ?' })).toBeVisible();
  await page.getByRole('radio', { name: agent.displayName }).check();
  await page.getByLabel('Votre code (4 à 6 chiffres)').fill(agent.pin);
  await expect(page.getByLabel('Votre code (4 à 6 chiffres)')).toHaveValue(agent.pin);
  await page.getByRole('button', { name: 'Ouvrir' }).click();
  // The device setting the kiosk reads (idb-keyval's store) now names this agent.
  await expect.poll(() => lastAgentId(page)).toBe(agent.id);
  return agent;
}

test('an enrolled tablet stores the questionnaire and the usage events, anonymously, offline', async ({
  page,
  context,
}) => {
  const agent = await enrolAndUnlock(page);
  await openKioskOffline(page, context);

  // Searches: found, then not found (recorded when the resident confirms).
  const search = page.getByRole('searchbox', { name: 'Chercher un guide' });
  await search.fill('vitale');
  await expect(page.getByTestId('search-results')).toBeVisible();
  await search.press('Enter');
  await search.fill('zzqxw');
  await expect(page.getByTestId('search-status')).toContainText('Rien trouvé.');
  await search.press('Enter');

  // A guide left at step 2: abandoned.
  await search.fill('vitale');
  await page.getByTestId('search-results').getByRole('link').first().click();
  await page.getByTestId('guide-start').click();
  await page.getByTestId('step-next').click();
  await page.getByTestId('kiosk-home-link').click();

  // A guide followed to its end, with a word looked up on the way.
  await page.getByTestId('tile-famille').click();
  await page
    .getByTestId('theme-guides')
    .getByRole('link', { name: new RegExp(CAF.title.fr) })
    .click();
  await page.getByTestId('guide-start').click();
  const withTerms = CAF.steps.findIndex((s) => (s.terms ?? []).length > 0) + 1;
  // The glossary part of the journey needs a step with words before the last one.
  expect(withTerms).toBeGreaterThan(0);
  expect(withTerms).toBeLessThan(CAF.steps.length);
  for (let n = 1; n < CAF.steps.length; n++) {
    if (n === withTerms) {
      await page.getByTestId('step-terms').getByRole('button').first().click();
      await page.getByTestId('glossary-dialog').getByRole('button', { name: 'Fermer' }).click();
    }
    await page.getByTestId('step-next').click();
  }
  await page.getByTestId('step-finish').click();

  // The questionnaire offered at the end: faces with their words, one statement skipped.
  await page.getByTestId('end-survey').click();
  // The short set of a guide (6 statements, each with its subject).
  await expect(page.getByTestId('survey-statement')).toHaveText('La borne m’est utile.');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Question 1 sur 6');
  for (const name of FACES) await expect(page.getByRole('button', { name })).toBeVisible();
  await expectAccessibleAtBothSizes(page, 'survey statement');
  await page.getByRole('button', { name: FACES[4] }).click();
  await expect(page.getByTestId('survey-statement')).toHaveText(
    'Le contenu des guides est facile à comprendre.',
  );
  await page.getByRole('button', { name: 'Passer' }).click();
  for (let i = 2; i < SURVEY_SETS.guide.length; i++) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Question ${i + 1} sur 6`);
    await page.getByRole('button', { name: FACES[3] }).click();
  }
  await expect(page.getByRole('heading', { name: 'Merci pour votre avis !' })).toBeVisible();
  await expectAccessibleAtBothSizes(page, 'survey thanks');

  await expect.poll(async () => (await readRows(page, 'surveyResponses')).length).toBe(1);
  const [response] = await readRows(page, 'surveyResponses');
  expect(response).toMatchObject({
    context: 'guide',
    guideId: CAF.id,
    language: 'fr',
    centreId: demoCredentials().centre.id,
    agentId: agent.id,
  });
  const answers = response!.answers as Record<string, number>;
  expect(Object.keys(answers)).toHaveLength(5);
  expect(answers.utile).toBe(5);
  expect(answers.contenu_facile).toBeUndefined();
  expect(answers.besoin_aide).toBe(4);
  const outbox = await readRows<{ entity: string }>(page, 'outbox');
  expect(outbox.filter((e) => e.entity === 'survey_response')).toHaveLength(1);

  await expect
    .poll(async () =>
      (await readRows<KioskEventRow>(page, 'kioskEvents')).some((e) => e.event === 'complete'),
    )
    .toBe(true);
  const events = await readRows<KioskEventRow>(page, 'kioskEvents');
  const summary = events.map((e) => [e.event, e.guideId, e.step].filter((x) => x !== undefined).join(' '));
  expect(summary).toEqual(
    expect.arrayContaining([
      'search_hit',
      'search_miss',
      'open ameli-compte-attestation',
      'step ameli-compte-attestation 2',
      'abandon ameli-compte-attestation 2',
      `open ${CAF.id}`,
      `step ${CAF.id} ${CAF.steps.length}`,
      `glossary ${CAF.id} ${withTerms}`,
      `complete ${CAF.id}`,
    ]),
  );
  expect(summary.filter((s) => s === `complete ${CAF.id}`)).toHaveLength(1);
  for (const e of events) expect(e).toMatchObject({ language: 'fr', agentId: agent.id });
  // Never what was typed.
  const stored = JSON.stringify(await readRows(page, 'outbox'));
  expect(stored).not.toContain('vitale');
  expect(stored).not.toContain('zzqxw');

  // From the kiosk home, in Arabic: one answer, the rest skipped; stored in Arabic, no guide.
  await page.getByRole('button', { name: 'العربية' }).click();
  await page.getByTestId('kiosk-home-link').click();
  await page.getByRole('link', { name: 'أعطِ رأيي' }).click();
  await page.getByRole('button', { name: '3 من 5 — لا موافق ولا غير موافق' }).click();
  for (let i = 1; i < SURVEY_SETS.guide.length; i++) await page.getByRole('button', { name: 'تخطَّ' }).click();
  await expect(page.getByRole('heading', { name: 'شكرًا على رأيك!' })).toBeVisible();
  await expect.poll(async () => (await readRows(page, 'surveyResponses')).length).toBe(2);
  const arabic = (await readRows(page, 'surveyResponses')).find((r) => r.language === 'ar');
  expect(arabic).toMatchObject({ context: 'guide', answers: { utile: 3 } });
  expect(arabic!.guideId).toBeUndefined();

  // An agent's own PIN (published by the server, no team PIN set) lets staff out of kiosk mode.
  await page.goto('/equipe/reglages');
  await expect(page.getByTestId('team-pin-state')).toHaveText('Aucun code d’équipe n’est réglé.');
  await page.getByRole('button', { name: 'Passer en mode borne' }).click();
  await expect(page).toHaveURL(/\/borne$/);
  await page.getByRole('button', { name: 'Accès équipe' }).click();
  await page.getByTestId('exit-dialog').getByLabel('Code PIN').fill(agent.pin);
  await page.getByTestId('exit-dialog').getByRole('button', { name: 'Quitter le mode borne' }).click();
  await expect(page).toHaveURL(/\/equipe$/);
  // The agent proved who they are: their team space opens without a second PIN.
  await expect(page.getByRole('link', { name: 'Nouvelle rencontre' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Qui êtes-vous ?' })).toHaveCount(0);
});

test('a questionnaire answered before any agent unlocked the tablet is saved under the kiosk pseudo-agent', async ({
  page,
  context,
}) => {
  await enrolTablet(page);
  expect(await lastAgentId(page)).toBeUndefined();
  await openKioskOffline(page, context);
  await page.getByRole('link', { name: 'Donner mon avis' }).first().click();
  await page.getByRole('button', { name: FACES[4] }).click();
  for (let i = 1; i < SURVEY_SETS.guide.length; i++)
    await page.getByRole('button', { name: 'Passer' }).click();
  await expect(page.getByRole('heading', { name: 'Merci pour votre avis !' })).toBeVisible();
  // Kept, not thanked and dropped: on the tablet under its device and the kiosk pseudo-agent,
  // with its outbox entry so the next sync sends it.
  await expect.poll(async () => (await readRows(page, 'surveyResponses')).length).toBe(1);
  const [response] = await readRows(page, 'surveyResponses');
  expect(response).toMatchObject({ agentId: KIOSK_AGENT_ID, answers: { utile: 5 } });
  const outbox = await readRows<{ entity: string }>(page, 'outbox');
  expect(outbox.filter((e) => e.entity === 'survey_response')).toHaveLength(1);
});
