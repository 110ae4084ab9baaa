// Renders the PWA's PNG icons from the SVGs in public/icons with Chromium (run once by hand:
// `npx tsx scripts/make-icons.ts`; the PNGs are committed).
import { chromium } from '@playwright/test';

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox'],
});
const page = await browser.newPage();
for (const [svg, size, out] of [
  ['icon.svg', 192, 'icon-192.png'],
  ['icon.svg', 512, 'icon-512.png'],
  ['maskable.svg', 512, 'maskable-512.png'],
] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.goto(`file://${process.cwd()}/public/icons/${svg}`);
  await page.screenshot({ path: `public/icons/${out}`, omitBackground: true });
}
await browser.close();
