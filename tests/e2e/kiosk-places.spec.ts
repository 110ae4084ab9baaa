// « Où aller ? » and « Les activités du centre » (issue 14, points 4 and 5), on an enrolled tablet
// with the network cut: the partners the tablet pulled, by need and by commune, demo entries said
// so; the agenda with seats as last pulled, and « Je veux m'inscrire » that takes no personal data
// and records an anonymous `interest` event.
import { expect, test } from '@playwright/test';
import { enrolTablet } from './support/enrol';
import { expectAccessibleAtBothSizes, expectBigTargets, openKioskOffline, readRows } from './support/kiosk';
import { demoCredentials } from './support/server';
import { installVoices } from './support/speech';
import { unlockAs } from './support/team';

test('partners and activities work offline, by need and by commune, in three languages', async ({
  page,
  context,
}) => {
  test.slow(); // two screens and a dialog checked by axe at two sizes in three languages
  await installVoices(context);
  await enrolTablet(page);
  await unlockAs(page, demoCredentials().agents[0]!);
  const partners = await readRows<{ name: string; demo?: boolean }>(page, 'partners');
  expect(partners.length).toBeGreaterThan(10);
  await openKioskOffline(page, context);

  await page.getByTestId('home-places').click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Où aller ? Des lieux pour être aidé' }),
  ).toBeVisible();
  const cards = page.getByTestId('partner');
  await expect(cards).toHaveCount(partners.length);
  await expect(cards.first().getByTestId('partner-demo')).toHaveText(
    'Exemple de démonstration : ces informations ne sont pas vérifiées.',
  );
  await expectAccessibleAtBothSizes(page, 'places');
  await expectBigTargets(page, 'places');

  // By need: only partners for jobs; then by commune.
  await page.getByRole('button', { name: 'Emploi et formation' }).click();
  await expect(page.getByRole('button', { name: 'Emploi et formation' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const jobs = await cards.count();
  expect(jobs).toBeGreaterThan(0);
  expect(jobs).toBeLessThan(partners.length);
  await expect(page.getByTestId('places-count')).toHaveText(jobs === 1 ? '1 lieu' : `${jobs} lieux`);
  await page.getByRole('button', { name: 'Tout' }).click();
  const commune = page.getByLabel('Commune');
  await commune.selectOption('Lille');
  await expect(cards.first()).toBeVisible();
  for (const text of await cards.allTextContents()) expect(text).toContain('Lille');
  await page.getByLabel('Un nom (par exemple : CAF, CCAS)').fill('zzqxw');
  await expect(page.getByTestId('places-count')).toHaveText(/^Aucun lieu pour ce choix/);

  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1, name: 'إلى أين أذهب؟ أماكن تساعدك' })).toBeVisible();
  await expectAccessibleAtBothSizes(page, 'places in Arabic');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Where to go? Places that can help' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Français' }).click();

  // From the end of a guide: « Besoin d'aide sur place ? ».
  await page.goto('/borne/guide/caf-aide-logement/fin');
  await page.getByTestId('end-places').click();
  await expect(page).toHaveURL(/\/borne\/ou-aller$/);

  // The agenda: upcoming activities, seats as last pulled; signing up goes through the team.
  await page.getByTestId('kiosk-home-link').click();
  await page.getByTestId('home-activities').click();
  const activities = page.getByTestId('activity');
  await expect(activities.first()).toBeVisible();
  const pulled = await readRows<{ id: string; title: string; seats?: number }>(page, 'activities');
  await expect(activities).toHaveCount(pulled.length);
  const first = pulled.sort((a, b) => a.title.localeCompare(b.title))[0]!;
  const card = activities.filter({ hasText: first.title });
  await expect(card).toContainText(new RegExp(`(?<!\\d)${first.seats} places \\(nombre connu le`));
  await expectAccessibleAtBothSizes(page, 'activities');
  await expectBigTargets(page, 'activities');
  await card.getByRole('button', { name: 'Je veux m’inscrire' }).click();
  const dialog = page.getByTestId('interest-dialog');
  await expect(dialog.getByRole('heading', { name: 'Un membre de l’équipe vous inscrit' })).toBeVisible();
  await expect(dialog.getByRole('textbox')).toHaveCount(0);
  await expectAccessibleAtBothSizes(page, 'interest dialog', {
    open: () => card.getByRole('button', { name: 'Je veux m’inscrire' }).click(),
    close: () => dialog.getByRole('button', { name: 'Fermer' }).click(),
  });
  await dialog.getByRole('button', { name: 'Fermer' }).click();
  await expect
    .poll(
      async () =>
        (await readRows<{ event: string; activityId?: string }>(page, 'kioskEvents')).filter(
          (e) => e.event === 'interest' && e.activityId === first.id,
        ).length,
    )
    .toBeGreaterThanOrEqual(1);
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'أنشطة المركز' })).toBeVisible();
  await expectAccessibleAtBothSizes(page, 'activities in Arabic');
});
