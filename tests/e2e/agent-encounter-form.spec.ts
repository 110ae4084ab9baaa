// The encounter form on a market (issue 16, points 2 and 3): « Démarches administratives » is in
// sight without scrolling at 1024×768 and asks the organisme inline (the CAF report's « motifs »,
// one more tap: 6 in all); a new encounter starts new — a form left behind by a lock is offered
// (« Reprendre la rencontre commencée à 10 h 12 ? »), never merged — and chosen tiles say so.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import {
  demoAgent,
  LEGEND,
  readStore,
  tapTile,
  teamSpaceOffline,
  waitForDraftContaining,
} from './support/team';

test.describe('the encounter form', () => {
  test.beforeEach(async ({ page, context }) => {
    await teamSpaceOffline(page, context);
  });

  test('records the organisme of a démarche on the fast path: 6 taps, the tile in sight at 1024×768', async ({
    page,
  }) => {
    let taps = 0;
    const tap = async (locator: ReturnType<typeof page.locator>) => {
      taps++;
      await locator.click();
    };
    const tile = (legend: string, label: string) =>
      page.getByRole('group', { name: legend }).getByText(label, { exact: true });
    await tap(page.getByRole('link', { name: 'Nouvelle rencontre' }));
    const demarches = tile(LEGEND.themes, 'Démarches administratives');
    await expect(demarches).toBeInViewport();
    await tap(demarches);
    // The organismes appear inline, right under the themes.
    await tap(tile('Organisme', 'CAF'));
    await tap(tile(LEGEND.autonomy, 'En partie autonome'));
    await tap(tile(LEGEND.duration, '15 min'));
    await tap(page.getByRole('button', { name: 'Enregistrer', exact: true }));
    await expect(page.getByTestId('flash')).toHaveText('Rencontre enregistrée.');
    expect(taps).toBe(6);
    const [encounter] = await readStore<{ institutions?: string[]; themes: string[] }>(page, 'encounters');
    expect(encounter).toMatchObject({
      themes: ['aide_aux_demarches_administratives'],
      institutions: ['caf'],
    });
  });

  test('a form left by a lock is offered, not reopened; « Commencer une nouvelle rencontre » starts empty', async ({
    page,
  }) => {
    await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
    await tapTile(page, LEGEND.themes, 'Santé');
    // A chosen tile says so plainly.
    await expect(
      page
        .getByRole('group', { name: LEGEND.themes })
        .locator('label', { hasText: 'Santé' })
        .getByTestId('tile-chosen'),
    ).toHaveText('✓ choisi');
    await waitForDraftContaining(page, 'sante');
    await page.getByRole('button', { name: 'Verrouiller' }).click();
    await expect(page.getByRole('heading', { name: 'Qui êtes-vous ?' })).toBeVisible();
    await page.getByLabel('Votre code (4 à 6 chiffres)').fill(demoAgent().pin);
    await page.getByRole('button', { name: 'Ouvrir' }).click();
    // Back on the form's address after the PIN: the question, not someone else's choices.
    const offer = page.getByTestId('draft-offer');
    await expect(offer).toBeVisible();
    await expect(offer.getByRole('heading')).toHaveText(
      /^Reprendre la rencontre commencée à \d{2} h \d{2} \?$/,
    );
    await expectNoAxeViolations(page, 'draft offer');
    await page.getByRole('button', { name: 'Commencer une nouvelle rencontre' }).click();
    await expect(page.getByRole('checkbox', { name: 'Santé' })).not.toBeChecked();
    // Only the preselected « Une personne » and « Aidé sur place ».
    await expect(page.getByTestId('tile-chosen')).toHaveCount(2);
    expect(JSON.stringify(await readStore(page, 'drafts'))).not.toContain('sante');
  });
});
