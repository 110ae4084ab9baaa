// The step player at a tablet's height (issue 14, points 9 and 13): on a 1024×768 landscape and an
// 800×1280 portrait tablet, at 100 % and 200 % text, in French and Arabic, « Précédent »,
// « Suivant » and « Écouter » are on screen without scrolling; at 200 % the bars take at most a
// quarter of the height; the survey's faces stay on one line; A−/A+ are named by what they show;
// the idle prompt counts its seconds and offers « Recommencer maintenant ».
import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { compileContent } from '../../scripts/content/compile';
import { expectNoAxeViolations } from './support/axe';
import { openKioskOffline, setTextSize } from './support/kiosk';
import { installVoices } from './support/speech';

const bundle = compileContent('content');
// The guide whose longest step is the longest of all: the hardest case for the layout.
const longest = bundle.guides
  .flatMap((g) =>
    g.steps.map((s, i) => ({
      g,
      n: i + 1,
      len: s.text.fr.length + (s.tip?.fr.length ?? 0) + (s.warning?.fr.length ?? 0),
    })),
  )
  .sort((a, b) => b.len - a.len)[0]!;

async function expectInView(page: Page, what: Locator, name: string) {
  await expect(what, name).toBeVisible();
  const box = (await what.boundingBox())!;
  const height = page.viewportSize()!.height;
  expect(box.y, `${name} top`).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, `${name} bottom`).toBeLessThanOrEqual(height + 0.5);
}

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 800, height: 1280 },
]) {
  test(`at ${viewport.width}×${viewport.height}, previous, next and listen are in reach without scrolling`, async ({
    page,
    context,
  }) => {
    await installVoices(context);
    await page.setViewportSize(viewport);
    await openKioskOffline(page, context);
    for (const lang of ['fr', 'ar'] as const) {
      for (const size of [100, 200] as const) {
        // A reload starts a new visit (French, 100 %): choose the language and size on the step.
        await page.goto(`/borne/guide/${longest.g.id}/etape/${longest.n}`);
        await expect(page.getByTestId('step')).toBeVisible();
        if (lang === 'ar') await page.getByRole('button', { name: 'العربية' }).click();
        await setTextSize(page, size);
        await page.evaluate(() => window.scrollTo(0, 0));
        const nav = page.getByTestId('step-nav');
        const label = `${lang} ${size} %`;
        await expectInView(
          page,
          nav.getByRole('link', { name: lang === 'fr' ? 'Précédent' : 'السابق' }),
          `previous ${label}`,
        );
        await expectInView(
          page,
          nav.getByRole('link', { name: lang === 'fr' ? 'Suivant' : 'التالي' }),
          `next ${label}`,
        );
        await expectInView(
          page,
          page.getByRole('button', { name: lang === 'fr' ? 'Écouter l’étape' : 'استمع إلى الخطوة' }),
          `listen ${label}`,
        );
        if (size === 200) {
          const bars = await page.evaluate(() => {
            const top = document.querySelector('.top-bar')!.getBoundingClientRect();
            const bar = document.querySelector('.kiosk-bar')!.getBoundingClientRect();
            return bar.bottom - top.top;
          });
          expect(bars, `bars at ${label}`).toBeLessThanOrEqual(viewport.height / 4);
        }
      }
    }
  });
}

test('the survey’s faces stay on one line at 200 %, portrait, in Arabic', async ({ page, context }) => {
  await page.setViewportSize({ width: 800, height: 1280 });
  await openKioskOffline(page, context);
  await page.getByRole('button', { name: 'العربية' }).click();
  await setTextSize(page, 200);
  await page.goto('/borne/avis');
  // Wait for the faces to be drawn before measuring them (the survey renders after its route loads).
  await expect(page.locator('.kiosk-face-button')).toHaveCount(5);
  const tops = await page
    .locator('.kiosk-face-button')
    .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
  expect(tops).toHaveLength(5);
  expect(new Set(tops).size).toBe(1);
});

test('A− and A+ are named by the text they show; the staff button is no longer « Sortie équipe »', async ({
  page,
  context,
}) => {
  await openKioskOffline(page, context);
  // WCAG 2.5.3: the name a voice control user says is the one the browser computes, and it holds
  // the text drawn on the button — in each language, the visible text read from the screen.
  for (const [lang, smaller, bigger] of [
    ['Français', 'Texte plus petit', 'Texte plus grand'],
    ['English', 'Smaller text', 'Bigger text'],
    ['العربية', 'نص أصغر', 'نص أكبر'],
  ] as const) {
    await page.getByRole('button', { name: lang, exact: true }).click();
    for (const [shown, words] of [
      ['A−', smaller],
      ['A+', bigger],
    ] as const) {
      const button = page.locator('.kiosk-text-size-button', { hasText: shown });
      const visible = (await button.innerText()).trim();
      expect(visible).toBe(shown);
      const snapshot = await button.ariaSnapshot();
      const name = snapshot.match(/^- button "(.*)"/)?.[1];
      expect(name, `accessible name of ${shown} in ${lang}`).toBe(`${shown} ${words}`);
      expect(name!.startsWith(visible)).toBe(true);
    }
    const axe = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
  }
  await page.getByRole('button', { name: 'Français', exact: true }).click();
  await page.goto('/equipe/reglages');
  await page.getByLabel('Nouveau code').fill('2580');
  await page.getByLabel('Le même code, encore une fois').fill('2580');
  await page.getByRole('button', { name: 'Enregistrer le code' }).click();
  await expect(page.getByTestId('team-pin-state')).toHaveText('Un code d’équipe est réglé.');
  await page.getByRole('button', { name: 'Passer en mode borne' }).click();
  await expect(page.getByRole('button', { name: 'Accès équipe' })).toBeVisible();
  await expect(page.getByText('Sortie équipe')).toHaveCount(0);
});

test('the idle prompt counts down its seconds and « Recommencer maintenant » resets at once', async ({
  page,
  context,
}) => {
  await openKioskOffline(page, context);
  await page.goto('/equipe/reglages');
  await page.getByLabel('Retour au début après combien de secondes sans toucher l’écran ?').fill('20');
  await page.getByRole('button', { name: 'Enregistrer la durée' }).click();
  await expect(page.getByText('Enregistré.')).toBeVisible();
  await page.goto('/borne/guide/caf-aide-logement/etape/2');
  await page.getByRole('button', { name: 'العربية' }).click();
  const prompt = page.getByTestId('idle-prompt');
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  const seconds = prompt.getByTestId('idle-seconds');
  await expect(seconds).toHaveText(/^بقي \d+ ثانية\.$/);
  const first = Number((await seconds.textContent())!.match(/\d+/)![0]);
  expect(first).toBeLessThanOrEqual(20);
  // It counts down (the next second, whatever the machine's speed).
  await expect.poll(async () => Number((await seconds.textContent())!.match(/\d+/)![0])).toBeLessThan(first);
  await expectNoAxeViolations(page, 'idle prompt with its seconds, in Arabic');
  await prompt.getByRole('button', { name: 'ابدأ من جديد الآن' }).click();
  await expect(page).toHaveURL(/\/borne$/);
  await expect(prompt).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
});
