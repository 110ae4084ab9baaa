// « J'ai besoin d'une personne » (issue 14, point 6) and the kiosk figures (point 8): a calm
// full-screen message, read aloud, in French, English and Arabic; an anonymous `help_request`
// event with the guide and step, listed in the team space, and counted on the dashboard after sync
// with the guide's abandon by step.
import { expect, type Page, test } from '@playwright/test';
import { compileContent } from '../../scripts/content/compile';
import { type PeopleCell, protectPeople } from '../../src/shared/small-cells';
import { signInApi, signInPage } from './support/dashboard-data';
import { enrolTablet } from './support/enrol';
import { expectAccessibleAtBothSizes, openKioskOffline, readRows } from './support/kiosk';
import { demoCredentials } from './support/server';
import { installVoices, spokenTexts } from './support/speech';
import { unlockAs } from './support/team';

const bundle = compileContent('content');
const CAF = bundle.guides.find((g) => g.id === 'caf-aide-logement')!;

interface KioskFigures {
  kiosk: {
    helpRequests: PeopleCell;
    helpByPlace: { guideId?: string; step?: number; count: PeopleCell }[];
    byGuide: { guideId: string; abandonByStep: { step: number; count: PeopleCell }[] }[];
  };
}

function helpCount(f: KioskFigures, guideId: string, step: number): PeopleCell {
  return f.kiosk.helpByPlace.find((h) => h.guideId === guideId && h.step === step)?.count ?? 0;
}
function abandonsAt(f: KioskFigures, guideId: string, step: number): PeopleCell {
  return (
    f.kiosk.byGuide.find((g) => g.guideId === guideId)?.abandonByStep.find((s) => s.step === step)?.count ?? 0
  );
}
/** Kiosk counts pass the small-cell rule: `added` more than `before` reads as this, or (when
 *  `before` was itself « moins de 5 ») as « moins de 5 » or a number from 5 on. */
function expectAdded(after: PeopleCell, before: PeopleCell, added: number, what: string) {
  if (typeof before === 'number') expect(after, what).toBe(protectPeople(before + added));
  else expect(after === 'moins_de_5' || after >= 5, what).toBe(true);
}

async function askForHelp(page: Page) {
  await page.getByTestId('help-button').click();
  await expect(page.getByTestId('help-screen')).toBeVisible();
}

test('a help request is shown full screen, reaches the team space, and the figures after sync', async ({
  page,
  context,
  request,
}) => {
  await installVoices(context);
  const coordinator = demoCredentials().coordinator;
  const api = await signInApi(request, coordinator.login, coordinator.password);
  const today = new Date().toISOString().slice(0, 10);
  const figures = async () =>
    (await (await api.get(`figures?from=${today}&to=${today}`)).json()) as KioskFigures;
  const before = await figures();

  await enrolTablet(page);
  await unlockAs(page, demoCredentials().agents[0]!);
  await openKioskOffline(page, context);

  await page.goto(`/borne/guide/${CAF.id}/etape/1`);
  await page.getByTestId('step-next').click();
  await askForHelp(page);
  const screen = page.getByTestId('help-screen');
  await expect(screen.getByRole('heading', { name: 'Une personne de l’équipe arrive.' })).toBeVisible();
  await expect
    .poll(() => spokenTexts(page))
    .toContain(
      'Une personne de l’équipe arrive. Restez ici, tout va bien. Vous pouvez attendre sans rien toucher.',
    );
  // Full screen: the dialog covers the whole viewport.
  const box = (await screen.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.width).toBeGreaterThanOrEqual(viewport.width - 2);
  expect(box.height).toBeGreaterThanOrEqual(viewport.height - 2);
  await expectAccessibleAtBothSizes(page, 'help screen', {
    open: () => askForHelp(page),
    close: () => screen.getByRole('button', { name: 'D’accord' }).click(),
  });
  await screen.getByRole('button', { name: 'D’accord' }).click();
  for (const [lang, title] of [
    ['English', 'A team member is coming.'],
    ['العربية', 'أحد أعضاء الفريق قادم.'],
  ] as const) {
    await page.getByRole('button', { name: lang }).click();
    await askForHelp(page);
    await expect(screen.getByRole('heading', { name: title })).toBeVisible();
    await page.keyboard.press('Escape');
  }
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  // Five openings at step 2 (the first, two by the accessibility checks, English, Arabic) are one
  // resident asking once (src/kiosk/help.ts): one request, recorded anonymously with the guide, the
  // step and the language it was asked in.
  const helpRows = async () =>
    (await readRows<{ event: string; guideId?: string; step?: number }>(page, 'kioskEvents')).filter(
      (e) => e.event === 'help_request',
    );
  const helps = await helpRows();
  expect(helps).toHaveLength(1);
  expect(helps[0]).toMatchObject({ guideId: CAF.id, step: 2, language: 'fr' });
  // Leaving the guide at step 2: an abandon at step 2.
  await page.getByTestId('kiosk-home-link').click();
  await expect
    .poll(async () =>
      (await readRows<{ event: string; step?: number }>(page, 'kioskEvents')).some(
        (e) => e.event === 'abandon' && e.step === 2,
      ),
    )
    .toBe(true);
  // Asking on another screen (the home) is a new request.
  await askForHelp(page);
  await page.keyboard.press('Escape');
  await expect.poll(async () => (await helpRows()).length).toBe(2);
  expect((await helpRows())[1]).not.toHaveProperty('guideId');

  // The team space lists today's requests with the guide's title and the step.
  await page.goto('/equipe');
  const list = page.getByTestId('help-requests');
  await expect(list.getByTestId('help-request')).toHaveCount(2);
  await expect(
    list.getByTestId('help-request').filter({ hasText: `guide « ${CAF.title.fr} », étape 2` }),
  ).toHaveCount(1);

  // Back online, the sync worker pushes; the dashboard counts them and the abandon at step 2.
  await context.setOffline(false);
  await expect.poll(async () => (await readRows(page, 'outbox')).length, { timeout: 30_000 }).toBe(0);
  const after = await figures();
  expectAdded(helpCount(after, CAF.id, 2), helpCount(before, CAF.id, 2), 1, 'help at step 2');
  expectAdded(after.kiosk.helpRequests, before.kiosk.helpRequests, 2, 'help requests');
  expectAdded(abandonsAt(after, CAF.id, 2), abandonsAt(before, CAF.id, 2), 1, 'abandons at step 2');

  await signInPage(page, coordinator.login, coordinator.password);
  await page.goto(`/dashboard/chiffres?from=${today}&to=${today}`);
  const row = page.getByTestId('figure-abandon').getByRole('row', { name: CAF.title.fr, exact: false });
  const abandons = abandonsAt(after, CAF.id, 2);
  await expect(row).toContainText(
    new RegExp(`Étape 2 : ${abandons === 'moins_de_5' ? 'moins de 5' : abandons}(?!\\d)`),
  );
  await expect(page.getByTestId('figure-help')).toContainText(`${CAF.title.fr}, étape 2`);
  await expect(page.getByTestId('figure-weekday-hour')).toBeVisible();
});
