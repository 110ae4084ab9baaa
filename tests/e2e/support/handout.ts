// What a printed guide must show, wherever it is printed from (the kiosk in team mode, the
// dashboard): the whole guide on screen, A4 pages, and the text a reader finds in the PDF that
// Chromium prints (pdftotext, support/pdf.ts). One guide with pictures, tips and a checklist.
import { expect, type Page } from '@playwright/test';
import { compileContent } from '../../../scripts/content/compile';
import { pdfText, printedIn } from './pdf';
import { decodeQr } from './qr';

export const bundle = compileContent('content');
export const GUIDE = bundle.guides.find((g) => g.id === 'ants-permis-carte-grise')!;

/** The handout shows the whole guide, in the screen's language. */
export async function expectWholeGuide(page: Page, lang: 'fr' | 'ar') {
  const handout = page.getByTestId('handout');
  await expect(handout.getByRole('heading', { level: 1 })).toHaveText(GUIDE.title[lang]);
  const steps = handout.getByTestId('handout-step');
  await expect(steps).toHaveCount(GUIDE.steps.length);
  for (const [i, step] of GUIDE.steps.entries()) await expect(steps.nth(i)).toContainText(step.text[lang]);
  const boxes = handout.locator('.kiosk-handout-checklist li');
  await expect(boxes).toHaveText(GUIDE.prerequisites.map((p) => p[lang]));
}

/** Every picture of the guide is drawn (loaded, with pixels). */
export async function expectPictures(page: Page) {
  const pictures = page.getByTestId('handout').locator('img.kiosk-handout-image');
  await expect(pictures).toHaveCount(GUIDE.steps.filter((s) => s.image).length);
  for (const img of await pictures.all())
    await expect
      .poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth))
      .toBeGreaterThan(0);
}

/** The two codes read as a phone reads them: the guide on `publicUrl`, and the official site. */
export async function expectQrCodes(page: Page, publicUrl: string) {
  const handout = page.getByTestId('handout');
  expect(await decodeQr(handout.getByTestId('handout-qr-guide'))).toBe(
    `${publicUrl}/borne/guide/${GUIDE.id}`,
  );
  expect(await decodeQr(handout.getByTestId('handout-qr-site'))).toBe(GUIDE.officialUrl);
}

const CHECKLIST = { fr: 'À avoir avec vous (cochez)', ar: 'ما يجب أن يكون معك (ضع علامة)' };

/**
 * Prints the page as Chromium does (print media must be on): A4 pages (595 × 842 points), as the
 * print style sheet asks, whose text holds the guide's title, each step's text and the checklist.
 */
export async function expectPrintedGuide(page: Page, lang: 'fr' | 'ar') {
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const boxes = [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  expect(boxes.length).toBeGreaterThan(0);
  for (const [, w, h] of boxes) {
    expect(Math.round(Number(w))).toBe(595);
    expect(Math.round(Number(h))).toBe(842);
  }
  const text = pdfText(pdf);
  const expected = [
    GUIDE.title[lang],
    ...GUIDE.steps.map((s) => s.text[lang]),
    CHECKLIST[lang],
    ...GUIDE.prerequisites.map((p) => p[lang]),
  ];
  for (const line of expected) expect(printedIn(text, line), `« ${line} » in the PDF: ${text}`).toBe(true);
}
