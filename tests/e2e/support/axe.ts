import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Zero axe violations (WCAG 2.1 A/AA) on the current screen. */
export async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${what}`).toEqual([]);
}

/** Text at 100 % or 200 % (the browser's and the tablet's own text-size variable), then axe-clean. */
export async function atTextSize(page: Page, percent: 100 | 200, what: string) {
  await page.evaluate((p) => {
    document.documentElement.style.fontSize = `${p}%`;
    document.documentElement.style.setProperty('--text-scale', String(p / 100));
  }, percent);
  await expectNoAxeViolations(page, `${what} at ${percent} %`);
}
