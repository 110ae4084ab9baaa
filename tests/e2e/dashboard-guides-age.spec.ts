// The dashboard's guides page says when each guide's facts were checked and flags « À revérifier »
// 6 months later (issue 10): the expected flag of each row is computed with the shared rule from the
// guides as built, and today's date, so the test holds whatever the day it runs.
import { expect, test } from '@playwright/test';
import { compileContent } from '../../scripts/content/compile';
import { guideAge } from '../../src/shared/content-age';
import { expectNoAxeViolations } from './support/axe';
import { signInPage } from './support/dashboard-data';
import { demoCredentials } from './support/server';

const bundle = compileContent('content');

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

test('the guides page shows each guide’s check date and flags those to check again', async ({ page }) => {
  const demo = demoCredentials();
  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto('/dashboard/admin/guides');
  const today = localToday();
  let flagged = 0;
  for (const guide of bundle.guides) {
    const row = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: guide.title.fr, exact: true }) });
    const age = guideAge(guide.verifiedOn, today);
    const cell = row.getByTestId('guide-age');
    const [y, m, d] = guide.verifiedOn!.split('-');
    await expect(cell).toContainText(`le ${d}/${m}/${y}`);
    await expect(row.getByTestId('guide-recheck')).toHaveCount(age.due ? 1 : 0);
    if (age.due) flagged++;
  }
  await expect(page.getByTestId('guide-recheck')).toHaveCount(flagged);
  await expectNoAxeViolations(page, 'guides page with ages');
});
