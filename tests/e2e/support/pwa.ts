import { expect, type Page } from '@playwright/test';

/** Opens `path` and waits until the service worker controls the page (so it works offline next). */
export async function openControlled(page: Page, path = '/'): Promise<void> {
  await page.goto(path);
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return Boolean(reg.active);
  });
  // The first load is not controlled until a reload (no clients.claim: updates are prompted).
  await page.reload();
  await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
}
