// Helpers of the kiosk end-to-end tests: reaching the kiosk offline, and checking a screen with
// axe at 100 % and 200 % text (set with the kiosk's own text-size control).
import { type BrowserContext, expect, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { openControlled } from './pwa';

/** One online visit installs the service worker; from then on the network is off. */
export async function openKioskOffline(page: Page, context: BrowserContext): Promise<void> {
  await openControlled(page, '/borne');
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByTestId('kiosk-tiles')).toBeVisible();
  await expect(page.getByTestId('net-indicator')).toHaveText(/Hors ligne/);
}

export async function setTextSize(page: Page, percent: 100 | 200): Promise<void> {
  const name =
    percent === 200 ? /Texte plus grand|Bigger text|نص أكبر/ : /Texte plus petit|Smaller text|نص أصغر/;
  const button = page.getByRole('button', { name });
  while (await button.isEnabled()) await button.click();
  await expect(page.getByTestId('text-size-value')).toHaveText(`${percent} %`);
}

/** Nothing sticks out sideways: at 200 % the layout wraps instead of scrolling horizontally. */
export async function expectNoHorizontalScroll(page: Page, what: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `horizontal overflow on ${what}`).toBeLessThanOrEqual(1);
}

/**
 * Zero axe violations at 100 % and at 200 % text. For a dialog, `open` reopens it after the text
 * size changed (the control sits behind the dialog) and `close` closes it.
 */
export async function expectAccessibleAtBothSizes(
  page: Page,
  what: string,
  dialog?: { open: () => Promise<void>; close: () => Promise<void> },
): Promise<void> {
  await expectNoAxeViolations(page, `${what} at 100 %`);
  if (dialog) await dialog.close();
  await setTextSize(page, 200);
  if (dialog) await dialog.open();
  await expectNoAxeViolations(page, `${what} at 200 %`);
  await expectNoHorizontalScroll(page, `${what} at 200 %`);
  if (dialog) await dialog.close();
  await setTextSize(page, 100);
  if (dialog) await dialog.open();
}

/** Every row of one store of the tablet's database (the real IndexedDB the app wrote). */
export function readRows<T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('borne-mobile');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction(name, 'readonly').objectStore(name).getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as T[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

/** Every button, link and checkbox label on screen is at least 48 × 48 px (touch targets). */
export async function expectBigTargets(page: Page, what: string): Promise<void> {
  for (const el of await page
    .locator('main button, main a, nav button, nav a, main label:has(input)')
    .all()) {
    if (!(await el.isVisible())) continue;
    const box = (await el.boundingBox())!;
    const name = (await el.textContent())?.trim();
    expect(Math.min(box.width, box.height), `${what}: "${name}"`).toBeGreaterThanOrEqual(48);
  }
}
