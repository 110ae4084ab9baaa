// A guide on paper (issue 14, point 3): the printable handout of a guide — large text, the
// pictures, the prerequisites as boxes to tick, both QR codes — opened from the kiosk in team mode
// (with the network off), refused in kiosk mode until staff leave it with the PIN, and linked from
// the dashboard's guides page. Printed as the browser prints it: print media, then a real PDF.
import { expect, type Page, test } from '@playwright/test';
import { compileContent } from '../../scripts/content/compile';
import { signInPage } from './support/dashboard-data';
import { expectAccessibleAtBothSizes, expectBigTargets, openKioskOffline } from './support/kiosk';
import { pdfText, printedIn } from './support/pdf';
import { decodeQr } from './support/qr';
import { demoCredentials } from './support/server';
import { installVoices, spokenTexts } from './support/speech';

const bundle = compileContent('content');
const GUIDE = bundle.guides.find((g) => g.id === 'ants-permis-carte-grise')!;

/** The handout shows the whole guide, in the screen's language. */
async function expectWholeGuide(page: Page, lang: 'fr' | 'ar') {
  const handout = page.getByTestId('handout');
  await expect(handout.getByRole('heading', { level: 1 })).toHaveText(GUIDE.title[lang]);
  const steps = handout.getByTestId('handout-step');
  await expect(steps).toHaveCount(GUIDE.steps.length);
  for (const [i, step] of GUIDE.steps.entries()) await expect(steps.nth(i)).toContainText(step.text[lang]);
  const boxes = handout.locator('.kiosk-handout-checklist li');
  await expect(boxes).toHaveText(GUIDE.prerequisites.map((p) => p[lang]));
}

const CHECKLIST = { fr: 'À avoir avec vous (cochez)', ar: 'ما يجب أن يكون معك (ضع علامة)' };

/** The printed PDF's text holds the guide's title, each step's text and the checklist. */
function expectGuideInPdf(pdf: string, lang: 'fr' | 'ar') {
  const expected = [
    GUIDE.title[lang],
    ...GUIDE.steps.map((s) => s.text[lang]),
    CHECKLIST[lang],
    ...GUIDE.prerequisites.map((p) => p[lang]),
  ];
  for (const text of expected) expect(printedIn(pdf, text), `« ${text} » in the PDF: ${pdf}`).toBe(true);
}

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
  const pictures = handout.locator('img.kiosk-handout-image');
  await expect(pictures).toHaveCount(GUIDE.steps.filter((s) => s.image).length);
  for (const img of await pictures.all())
    await expect
      .poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
      .toBeGreaterThan(0);
  expect(await decodeQr(handout.getByTestId('handout-qr-guide'))).toBe(
    `${publicUrl}/borne/guide/${GUIDE.id}`,
  );
  expect(await decodeQr(handout.getByTestId('handout-qr-site'))).toBe(GUIDE.officialUrl);

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
  await expect(pictures.first()).toBeVisible();
  const printedText = await page.locator('body').innerText();
  expect(printedText).not.toContain('J’ai besoin d’une personne');
  expect(printedText).not.toContain('Écouter');

  // The PDF Chromium makes of it: A4 pages (595 × 842 points), as the print style sheet asks.
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  expect(boxes.length).toBeGreaterThan(0);
  for (const [, w, h] of boxes) {
    expect(Math.round(Number(w))).toBe(595);
    expect(Math.round(Number(h))).toBe(842);
  }
  // And the text a reader finds in that PDF: the title, every step and the checklist.
  expectGuideInPdf(pdfText(pdf), 'fr');
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.emulateMedia({ media: 'print' });
  await expectWholeGuide(page, 'ar');
  expectGuideInPdf(pdfText(await page.pdf({ preferCSSPageSize: true })), 'ar');
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

test('the dashboard’s guides page links each guide to its handout', async ({ page }) => {
  const demo = demoCredentials();
  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto('/dashboard/admin/guides');
  const link = page.getByRole('link', { name: `Version à imprimer de « ${GUIDE.title.fr} »` });
  await expect(link).toHaveText(/^Version à imprimer/);
  await expect(page.getByTestId('guide-handout')).toHaveCount(bundle.guides.length);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/borne/imprimer/${GUIDE.id}\\?depuis=tableau-de-bord$`));
  await expectWholeGuide(page, 'fr');
  // A coordinator's browser is not a tablet: the handout opened from the dashboard installs no
  // service worker (the page has loaded and drawn the guide: a tablet would have registered by now).
  await page.waitForLoadState('load');
  await page.getByRole('button', { name: 'Imprimer' }).focus();
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
  expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
});

test('the same handout opened on a tablet installs its service worker (the dashboard’s is the exception)', async ({
  page,
}) => {
  await page.goto(`/borne/imprimer/${GUIDE.id}`);
  await expectWholeGuide(page, 'fr');
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length))
    .toBe(1);
});
