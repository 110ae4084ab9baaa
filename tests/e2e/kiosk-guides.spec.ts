// The guides' own features, in Chromium with the network off: Arabic steps isolate their Latin
// runs (caf.fr, « Mon Compte ») so punctuation stays in place; the search shows at most 3 guides
// with their theme's pictogram and folds the others; the « premiers pas » practice areas keep nothing.
import { expect, test } from '@playwright/test';
import { compileContent } from '../../scripts/content/compile';
import { expectAccessibleAtBothSizes, openKioskOffline } from './support/kiosk';

const bundle = compileContent('content');
const guide = (id: string) => bundle.guides.find((g) => g.id === id)!;

test.describe('kiosk guides, network off', () => {
  test('an Arabic step isolates its Latin runs: caf.fr reads left to right and the final dot stays Arabic', async ({
    page,
    context,
  }) => {
    await openKioskOffline(page, context);
    const caf = guide('caf-attestation-paiement');
    await page.goto(`/borne/guide/${caf.id}/etape/1`);
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const text = page.getByTestId('step-text');
    // The words are the Arabic text, whole; the Latin run is isolated in a <bdi>.
    await expect(text).toHaveText(caf.steps[0]!.text.ar);
    const run = text.locator('bdi', { hasText: 'caf.fr' });
    await expect(run).toHaveText('caf.fr');
    expect(await run.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await run.evaluate((el) => getComputedStyle(el).unicodeBidi)).toBe('isolate');
    // The app name in the tip is one run, its guillemets outside.
    await expect(page.getByTestId('step-tip').locator('bdi', { hasText: 'Caf – Mon Compte' })).toHaveText(
      'Caf – Mon Compte',
    );
    // In French nothing is wrapped.
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.getByTestId('step-text')).toHaveText(caf.steps[0]!.text.fr);
    await expect(page.getByTestId('step-text').locator('bdi')).toHaveCount(0);
    await expectAccessibleAtBothSizes(page, 'Arabic step with Latin runs');
  });

  test('search narrows: the guide of the need first, at most 3 shown with their pictogram, the rest folded', async ({
    page,
    context,
  }) => {
    await openKioskOffline(page, context);
    const search = page.getByRole('searchbox', { name: 'Chercher un guide' });
    await search.fill('mot de passe oublié');
    const results = page.getByTestId('search-results');
    await expect(results.getByRole('link').first()).toContainText(guide('mot-de-passe-oublie').title.fr);
    expect(await results.getByRole('link').count()).toBeLessThanOrEqual(3);

    await search.fill('papier identité');
    await expect(results.getByRole('link').first()).toContainText(
      guide('ants-carte-identite-passeport').title.fr,
    );
    const shown = await results.getByRole('link').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(3);
    // Each card shows its theme's pictogram (decorative: the title says it).
    await expect(results.getByRole('link').first().locator('svg.kiosk-tile-picture')).toHaveAttribute(
      'data-tile',
      'papiers',
    );
    // The weaker matches wait under « Autres guides », closed.
    const others = page.getByTestId('search-others');
    await expect(others).toBeVisible();
    await expect(others.getByRole('link').first()).toBeHidden();
    await others.getByText(/^Autres guides \(\d+\)$/).click();
    await expect(others.getByRole('link').first()).toBeVisible();
    await expectAccessibleAtBothSizes(page, 'search with folded results');

    await search.fill('احتيال');
    await expect(results.getByRole('link').first()).toContainText(
      guide('arnaque-reconnaitre-signaler').title.fr,
    );
  });

  test('the practice areas of « premiers pas » react to a touch, a scroll and typing, and keep nothing', async ({
    page,
    context,
  }) => {
    await openKioskOffline(page, context);
    const first = guide('premiers-pas-tablette');
    const stepOf = (kind: string) => first.steps.findIndex((s) => s.practice === kind) + 1;

    await page.goto(`/borne/guide/${first.id}/etape/${stepOf('tap')}`);
    const tap = page.getByTestId('practice-tap');
    await expect(tap).toHaveAttribute('aria-pressed', 'false');
    await tap.click();
    await expect(tap).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByTestId('practice').getByRole('status')).toHaveText(
      'Bravo ! Le bouton est devenu vert.',
    );
    await expectAccessibleAtBothSizes(page, 'practice: touch');

    await page.goto(`/borne/guide/${first.id}/etape/${stepOf('scroll')}`);
    const box = page.getByTestId('practice-scroll');
    await box.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(page.getByTestId('practice').getByRole('status')).toHaveText(
      'Bravo ! Vous avez fait défiler jusqu’en bas.',
    );

    const typeStep = stepOf('type');
    await page.goto(`/borne/guide/${first.id}/etape/${typeStep}`);
    const field = page.getByTestId('practice-type');
    await field.fill('bonjour');
    await expect(page.getByTestId('practice').getByRole('status')).toHaveText('Vous avez écrit 7 lettres.');
    await expectAccessibleAtBothSizes(page, 'practice: typing');
    // Leaving the step forgets the word: nothing is kept, nothing is stored on the tablet.
    await page.getByTestId('step-next').click();
    await page.getByRole('link', { name: 'Précédent' }).click();
    await expect(page.getByTestId('practice-type')).toHaveValue('');
    const stored = await page.evaluate(
      () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
    );
    expect(stored).not.toContain('bonjour');
  });
});
