// Needs beyond the digital and « À la maison » (issue 11 points 4 and 5) on the tablet: optional,
// anonymous, in collapsed sections off the 5-tap fast path, recorded offline, in French and Arabic,
// axe-clean with text at 100 % and 200 %.
import { expect, test } from '@playwright/test';
import { atTextSize } from './support/axe';
import { LEGEND, readStore, tapTile, teamSpaceOffline } from './support/team';

test.describe('needs beyond the digital and « À la maison »', () => {
  test.beforeEach(async ({ page, context }) => {
    await teamSpaceOffline(page, context);
  });

  test('are tagged offline in their own closed sections and saved with the encounter, without a name', async ({
    page,
  }) => {
    await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
    // Closed by default: the fast path never meets them.
    await expect(page.getByTestId('section-needs')).not.toHaveAttribute('open', '');
    await expect(page.getByTestId('section-atHome')).not.toHaveAttribute('open', '');
    await tapTile(page, LEGEND.themes, 'E-mail');
    await page.getByTestId('section-needs').locator('summary').click();
    await tapTile(page, 'La personne a parlé aussi de…', 'Logement, bailleur');
    await tapTile(page, 'La personne a parlé aussi de…', 'Isolement');
    await page.getByTestId('section-atHome').locator('summary').click();
    await tapTile(page, 'À la maison : Smartphone', 'Oui');
    await tapTile(page, 'À la maison : Ordinateur', 'Non');
    await tapTile(page, 'À la maison : Internet', 'Non communiqué');
    await atTextSize(page, 100, 'encounter form with the needs and « À la maison » open');
    await atTextSize(page, 200, 'encounter form with the needs and « À la maison » open');
    await atTextSize(page, 100, 'encounter form, back to 100 %');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByTestId('flash')).toHaveText('Rencontre enregistrée.');
    const [encounter] = await readStore<Record<string, unknown>>(page, 'encounters');
    expect(encounter).toMatchObject({
      needs: ['logement_bailleur', 'isolement'],
      profile: { atHome: { smartphone: 'oui', ordinateur: 'non', internet: 'non_communique' } },
    });
    expect(encounter).not.toHaveProperty('contactId');
  });

  test('read right to left in Arabic, axe-clean', async ({ page }) => {
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await page.getByRole('link', { name: 'لقاء جديد' }).click();
    await page.getByTestId('section-needs').locator('summary').click();
    await page.getByTestId('section-atHome').locator('summary').click();
    await expect(page.getByRole('group', { name: 'تحدث الشخص أيضًا عن…' })).toContainText('العزلة');
    await expect(page.getByRole('group', { name: 'في البيت: حاسوب' })).toBeVisible();
    await atTextSize(page, 100, 'needs and « À la maison » in Arabic');
    await atTextSize(page, 200, 'needs and « À la maison » in Arabic');
  });
});
