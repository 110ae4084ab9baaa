// « Continuer sur mon téléphone » (issue 14, point 2), in Chromium with the tablet's network off:
// the QR codes are drawn on the tablet, read back from a screenshot of what is on screen (jsQR, as
// a phone's camera would), and the guide's one is opened in another browser context — the phone —
// online, on the centre's public address (BORNE_PUBLIC_URL, which playwright.config.ts sets to
// `localhost`, so it differs from the tablet's 127.0.0.1): the same guide at the same step. The
// phone then goes offline and reloads: the step is still there.
import { expect, type Page, test } from '@playwright/test';
import { compileContent } from '../../scripts/content/compile';
import { expectAccessibleAtBothSizes, expectBigTargets } from './support/kiosk';
import { openControlled } from './support/pwa';
import { decodeQr } from './support/qr';
import { installVoices, spokenTexts } from './support/speech';

const bundle = compileContent('content');
const GUIDE = bundle.guides.find((g) => g.id === 'caf-aide-logement')!;
const STEP = 3;

async function publicUrlKnown(page: Page): Promise<string> {
  await expect.poll(() => page.evaluate(() => localStorage.getItem('kiosk:publicUrl'))).not.toBeNull();
  return (await page.evaluate(() => localStorage.getItem('kiosk:publicUrl')))!;
}

test('a step’s QR code opens the same step on a phone, online, then offline', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  test.slow(); // two browser contexts, axe at two sizes in two languages
  await installVoices(context);
  await openControlled(page, '/borne');
  // Online, the tablet learnt the centre's public address; from now on it is offline.
  const publicUrl = await publicUrlKnown(page);
  expect(publicUrl).toBe(process.env.E2E_PUBLIC_URL);
  expect(publicUrl).not.toBe(baseURL);
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('net-indicator')).toHaveText(/Hors ligne/);

  await page.goto(`/borne/guide/${GUIDE.id}/etape/${STEP}`);
  await expect(page.getByTestId('step-text')).toHaveText(GUIDE.steps[STEP - 1]!.text.fr);
  await page.getByRole('button', { name: 'Continuer sur mon téléphone' }).click();
  const dialog = page.getByTestId('phone-dialog');
  await expect(dialog.getByRole('heading', { name: 'Continuer sur votre téléphone' })).toBeVisible();
  const guideCode = dialog.getByRole('img', { name: 'Ce guide, à cette étape' });
  const siteCode = dialog.getByRole('img', { name: 'Le site officiel' });
  const phoneAddress = `${publicUrl}/borne/guide/${GUIDE.id}/etape/${STEP}`;
  expect(await decodeQr(guideCode)).toBe(phoneAddress);
  expect(await decodeQr(siteCode)).toBe(GUIDE.officialUrl);
  await expect(dialog).toContainText(phoneAddress);

  // Read aloud, big targets, axe at 100 % and 200 %, in French and in Arabic (RTL).
  await dialog.getByRole('button', { name: 'Écouter' }).first().click();
  await expect
    .poll(() => spokenTexts(page))
    .toContainEqual(expect.stringContaining('Continuer sur votre téléphone'));
  await expectBigTargets(page, 'phone dialog');
  const reopen = {
    open: () => page.getByTestId('phone-qr').click(),
    close: () => dialog.getByRole('button', { name: /^(Fermer|Close|إغلاق)$/ }).click(),
  };
  await expectAccessibleAtBothSizes(page, 'phone dialog', reopen);
  await reopen.close();
  await page.getByRole('button', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await reopen.open();
  await expect(dialog.getByRole('heading', { name: 'أكمل على هاتفك' })).toBeVisible();
  // The address stays the same whatever the tablet's language (the phone chooses its own).
  expect(await decodeQr(dialog.getByRole('img', { name: 'هذا الدليل، في هذه الخطوة' }))).toBe(phoneAddress);
  await expectAccessibleAtBothSizes(page, 'phone dialog in Arabic', reopen);

  // The phone: another browser context, online, opens what the code says.
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'fr-FR' });
  try {
    const mobile = await phone.newPage();
    await openControlled(mobile, phoneAddress);
    expect(mobile.url()).toBe(phoneAddress);
    await expect(mobile.getByTestId('step-text')).toHaveText(GUIDE.steps[STEP - 1]!.text.fr);
    // Once opened, it stays available offline, like the tablet's kiosk.
    await phone.setOffline(true);
    await mobile.reload();
    await expect(mobile.getByTestId('step-text')).toHaveText(GUIDE.steps[STEP - 1]!.text.fr);
    await expect(mobile.getByTestId('net-indicator')).toHaveText(/Hors ligne/);
  } finally {
    await phone.close();
  }
});
