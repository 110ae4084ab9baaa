// A guide on paper (issue 14, point 3): the printable handout of a guide — large text, the
// pictures, the prerequisites as boxes to tick, both QR codes — opened from the kiosk in team mode
// (with the network off), refused in kiosk mode until staff leave it with the PIN. The dashboard
// prints the same handout on a page of its own (dashboard-handout.spec.ts). Printed as the browser
// prints it: print media, then a real PDF.
import { expect, test } from '@playwright/test';
import {
  expectPictures,
  expectPrintedGuide,
  expectQrCodes,
  expectWholeGuide,
  GUIDE,
} from './support/handout';
import { expectAccessibleAtBothSizes, expectBigTargets, openKioskOffline } from './support/kiosk';
import { installVoices, spokenTexts } from './support/speech';

test('the handout of a guide prints its steps, pictures, checklist and QR codes, offline', async ({
  page,
  context,
}) => {
  test.slow(); // axe at two sizes in two languages, and a PDF
  await installVoices(context);
  await openKioskOffline(page, context);
  const publicUrl = await page.evaluate(() => localStorage.getItem('kiosk:publicUrl') ?? location.origin);
  await page.goto(`/borne/guide/${GUIDE.id}`);
  await page.getByRole('link', { name: 'Imprimer ce guide' }).click();
  await expect(page).toHaveURL(new RegExp(`/borne/imprimer/${GUIDE.id}$`));
  await expectWholeGuide(page, 'fr');
  const handout = page.getByTestId('handout');
  // The pictures come from the tablet's cache (the network is off).
  await expectPictures(page);
  await expectQrCodes(page, publicUrl);

  await handout.getByRole('button', { name: 'Écouter' }).click();
  await expect
    .poll(() => spokenTexts(page))
    .toContainEqual(expect.stringContaining('Permis de conduire et carte grise sur le site'));
  await expectBigTargets(page, 'handout');
  await expectAccessibleAtBothSizes(page, 'handout');
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expectWholeGuide(page, 'ar');
  await expectAccessibleAtBothSizes(page, 'handout in Arabic');
  await page.getByRole('button', { name: 'Français' }).click();

  // As printed: the guide and its codes, none of the kiosk's bars and buttons.
  await page.emulateMedia({ media: 'print' });
  await expectWholeGuide(page, 'fr');
  await expect(page.locator('.kiosk-bar')).toBeHidden();
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(handout.getByTestId('handout-qr-guide')).toBeVisible();
  await expect(handout.getByTestId('handout-qr-site')).toBeVisible();
  await expect(handout.locator('img.kiosk-handout-image').first()).toBeVisible();
  const printedText = await page.locator('body').innerText();
  expect(printedText).not.toContain('J’ai besoin d’une personne');
  expect(printedText).not.toContain('Écouter');

  // The PDF Chromium makes of it: A4, and the title, every step and the checklist in its text.
  await expectPrintedGuide(page, 'fr');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.emulateMedia({ media: 'print' });
  await expectWholeGuide(page, 'ar');
  await expectPrintedGuide(page, 'ar');
  await page.emulateMedia({ media: 'screen' });
});

test('in kiosk mode the handout is refused, until staff leave it with the team PIN', async ({
  page,
  context,
}) => {
  await openKioskOffline(page, context);
  await page.goto('/equipe/reglages');
  await page.getByLabel('Nouveau code').fill('2580');
  await page.getByLabel('Le même code, encore une fois').fill('2580');
  await page.getByRole('button', { name: 'Enregistrer le code' }).click();
  await expect(page.getByTestId('team-pin-state')).toHaveText('Un code d’équipe est réglé.');
  await page.getByRole('button', { name: 'Passer en mode borne' }).click();
  // Kiosk mode is on once the kiosk's home shows: a navigation before that would interrupt it.
  await expect(page).toHaveURL(/\/borne$/);
  await page.goto(`/borne/guide/${GUIDE.id}`);
  await expect(page.getByRole('heading', { level: 1, name: GUIDE.title.fr })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Imprimer ce guide' })).toHaveCount(0);
  await page.goto(`/borne/imprimer/${GUIDE.id}`);
  await expect(page.getByTestId('print-refused')).toHaveText(
    'L’impression est réservée à l’équipe : quittez le mode borne d’abord.',
  );
  await expect(page.getByTestId('handout')).toHaveCount(0);

  await page.getByRole('button', { name: 'Accès équipe' }).click();
  const exit = page.getByRole('dialog');
  await exit.getByLabel('Code PIN').fill('2580');
  await exit.getByRole('button', { name: 'Quitter le mode borne' }).click();
  await expect(page).toHaveURL(/\/equipe$/);
  await page.goto(`/borne/imprimer/${GUIDE.id}`);
  await expectWholeGuide(page, 'fr');
});

test('the handout opened on a tablet installs its service worker (the dashboard prints on a page of its own)', async ({
  page,
}) => {
  await page.goto(`/borne/imprimer/${GUIDE.id}`);
  await expectWholeGuide(page, 'fr');
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length))
    .toBe(1);
});
