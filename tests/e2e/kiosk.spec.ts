import { expect, type Page, test } from '@playwright/test';
import { compileContent } from '../../scripts/content/compile';
import { expectNoAxeViolations } from './support/axe';
import { expectAccessibleAtBothSizes, expectBigTargets, openKioskOffline } from './support/kiosk';
import { installVoices } from './support/speech';

// The guides as the build compiled them: assertions follow the real content.
const bundle = compileContent('content');
const guide = (id: string) => bundle.guides.find((g) => g.id === id)!;
const term = (id: string) => bundle.glossary.find((t) => t.id === id)!;
const AMELI = guide('ameli-compte-attestation');

async function followToTheEnd(page: Page, steps: number) {
  for (let n = 1; n <= steps; n++) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Étape ${n} sur ${steps}`);
    if (n < steps) await page.getByTestId('step-next').click();
  }
  await page.getByTestId('step-finish').click();
  await expect(page.getByRole('heading', { name: 'Bravo, vous avez fini le guide !' })).toBeVisible();
}

test.describe('kiosk: guides for residents, network off', () => {
  test('everyday words find the right guide; a resident follows it to its end', async ({ page, context }) => {
    // Two guides followed to their end with axe at both sizes: longer than one test's default time
    // on a shared machine (the guides now end with a help step).
    test.slow();
    await openKioskOffline(page, context);
    await expectAccessibleAtBothSizes(page, 'kiosk home');
    await expectBigTargets(page, 'kiosk home');

    const search = page.getByRole('searchbox', { name: 'Chercher un guide' });
    await search.fill('secu');
    const results = page.getByTestId('search-results');
    await expect(results.getByRole('link').first()).toContainText(AMELI.title.fr);
    await expect(page.getByTestId('search-status')).toContainText(/guides? trouvés?/);
    await expectAccessibleAtBothSizes(page, 'search results');

    // Nothing found: a plain message with a hint, no empty list.
    await search.fill('zzqxw');
    await expect(page.getByTestId('search-status')).toContainText('Rien trouvé.');
    await expect(page.getByTestId('search-status')).toContainText('Essayez un autre mot');
    await expect(results).toHaveCount(0);
    await expectAccessibleAtBothSizes(page, 'search with no result');

    await search.fill('secu');
    await results.getByRole('link', { name: new RegExp(AMELI.title.fr) }).click();
    await expect(page).toHaveURL(/\/borne\/guide\/ameli-compte-attestation$/);
    await expect(page.getByRole('heading', { name: 'Ce qu’il faut avoir avec vous' })).toBeVisible();
    for (const item of AMELI.prerequisites) await expect(page.getByText(item.fr)).toBeVisible();
    // Offline: no link to the official site, a sentence says why.
    await expect(page.getByTestId('official-link')).toHaveCount(0);
    await expect(page.getByTestId('official-offline')).toContainText('la tablette n’a pas Internet');
    await page.getByRole('checkbox', { name: AMELI.prerequisites[0]!.fr }).check();
    await expectAccessibleAtBothSizes(page, 'guide checklist');
    await expectBigTargets(page, 'guide checklist');

    await page.getByTestId('guide-start').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Étape 1 sur ${AMELI.steps.length}`);
    await expect(page.getByTestId('step-text')).toHaveText(AMELI.steps[0]!.text.fr);
    await expectAccessibleAtBothSizes(page, 'step 1');
    // Previous goes back one step; the warning of the password step is shown.
    await page.getByTestId('step-next').click();
    await page.getByRole('link', { name: 'Précédent' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Étape 1 sur ${AMELI.steps.length}`);
    const warned = AMELI.steps.findIndex((s) => s.warning?.fr.includes('Ne le donnez à personne'));
    await page.goto(`/borne/guide/ameli-compte-attestation/etape/${warned + 1}`);
    await expect(page.getByTestId('step-warning')).toContainText('Ne le donnez à personne');
    await expectAccessibleAtBothSizes(page, 'step with tip and warning');
    await expectBigTargets(page, 'step');
    await page.goto('/borne/guide/ameli-compte-attestation/etape/1');
    await followToTheEnd(page, AMELI.steps.length);
    await expect(page.getByTestId('end-survey')).toBeVisible();
    await expectAccessibleAtBothSizes(page, 'end of guide');

    // By theme: one tap on a tile lists that theme's guides.
    await page.getByTestId('kiosk-home-link').click();
    await page.getByTestId('tile-famille').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Famille et CAF');
    const caf = guide('caf-attestation-paiement');
    await expectAccessibleAtBothSizes(page, 'theme page');
    await page
      .getByTestId('theme-guides')
      .getByRole('link', { name: new RegExp(caf.title.fr) })
      .click();
    await page.getByTestId('guide-start').click();
    await followToTheEnd(page, caf.steps.length);
  });

  test('Arabic is right to left and translated; a step’s word opens its definition; the lexique lists the words', async ({
    page,
    context,
  }) => {
    await openKioskOffline(page, context);
    await page.goto('/borne/guide/ameli-compte-attestation/etape/3');
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`الخطوة 3 من ${AMELI.steps.length}`);
    await expect(page.getByTestId('step-text')).toHaveText(AMELI.steps[2]!.text.ar);
    await expect(page.getByRole('link', { name: 'التالي' })).toBeVisible();
    // The layout mirrors: "next" sits on the left in Arabic.
    const next = await page.getByTestId('step-next').boundingBox();
    const previous = await page.getByRole('link', { name: 'السابق' }).boundingBox();
    expect(next!.x).toBeLessThan(previous!.x);
    await expectAccessibleAtBothSizes(page, 'step in Arabic');

    const nir = term('nir');
    const word = page.getByRole('button', { name: nir.term.ar });
    const dialog = page.getByTestId('glossary-dialog');
    await word.click();
    await expect(dialog.getByRole('heading', { name: nir.term.ar })).toBeVisible();
    await expect(dialog).toContainText(nir.definition.ar);
    await expectAccessibleAtBothSizes(page, 'glossary dialog in Arabic', {
      open: () => word.click(),
      close: () => dialog.getByRole('button', { name: 'إغلاق' }).click(),
    });
    await dialog.getByRole('button', { name: 'إغلاق' }).click();
    await expect(dialog).toBeHidden();

    await page.getByRole('link', { name: 'المعجم' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('المعجم: كلمات العالم الرقمي');
    await expect(page.getByTestId('glossary').locator('dt')).toHaveCount(bundle.glossary.length);
    await expect(page.getByTestId('glossary')).toContainText(term('captcha').definition.ar);
    await expectAccessibleAtBothSizes(page, 'lexique in Arabic');
    await page.getByRole('button', { name: 'Français' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
    await expectNoAxeViolations(page, 'lexique in French');
  });

  test('read-aloud speaks the step in the screen’s language, and says so plainly when no voice exists', async ({
    page,
    context,
  }) => {
    // This tablet has a French voice only (speech synthesis stubbed: headless Chromium has no voices).
    await installVoices(context, ['fr-FR']);
    await openKioskOffline(page, context);
    await page.goto('/borne/guide/ameli-compte-attestation/etape/1');
    await page.getByRole('button', { name: 'Écouter l’étape' }).click();
    const spoken = await page.evaluate(
      () => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken,
    );
    expect(spoken).toHaveLength(1);
    expect(spoken[0]!.lang).toBe('fr-FR');
    // Said as sentences, without the quotation marks a voice would read out.
    const words = AMELI.steps[0]!.text.fr.replace(/«\s*/g, '').replace(/\s*»/g, '');
    expect(spoken[0]!.text).toContain(words);
    expect(spoken[0]!.text).not.toMatch(/[«»]/);
    await expect(page.getByTestId('read-aloud-unavailable')).toHaveCount(0);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'Listen to this step' })).toHaveCount(0);
    await expect(page.getByTestId('read-aloud-unavailable')).toHaveText(
      'Listening is not possible in English on this tablet: it has no voice for this language.',
    );
  });

  test('a step’s picture shows offline, described in the screen’s language', async ({ page, context }) => {
    await openKioskOffline(page, context);
    const email = guide('creer-adresse-email');
    const n = email.steps.findIndex((s) => s.image) + 1;
    const step = email.steps[n - 1]!;
    await page.goto(`/borne/guide/${email.id}/etape/${n}`);
    const picture = page.getByRole('img', { name: step.imageAlt!.fr });
    await expect(picture).toHaveAttribute('src', step.image!);
    await expect
      .poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
      .toBe(true);
    await expectAccessibleAtBothSizes(page, 'step with a picture');
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('img', { name: step.imageAlt!.en })).toBeVisible();
  });

  test('the official website is offered only while online', async ({ page, context }) => {
    await openKioskOffline(page, context);
    await page.goto('/borne/guide/impots-declarer-revenus');
    await expect(page.getByTestId('official-offline')).toBeVisible();
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    const link = page.getByTestId('official-link');
    await expect(link).toHaveText('Ouvrir le site officiel');
    await expect(link).toHaveAttribute('href', guide('impots-declarer-revenus').officialUrl);
    await expect(page.getByTestId('official-offline')).toHaveCount(0);
  });
});
