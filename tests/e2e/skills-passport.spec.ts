// The resident's card, the skills passport, a workshop's roster and its feedback round on the
// tablet (issue 17), with the network off: what the worker taps, what the tablet's own database
// then holds, and zero axe violations in French and in Arabic, at 100 % and 200 % text.
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { enrolTablet } from './support/enrol';
import { openControlled } from './support/pwa';
import { demoAgent, LEGEND, readStore, tapTile, unlockAs } from './support/team';

/** Buttons, links and fields of the page's main part smaller than 48 px. */
function smallTargets(page: Page): Promise<string[]> {
  return page
    .locator('main button, main a, main .team-tile, main summary, main .team-pick, main input[type=text]')
    .evaluateAll((els) =>
      els
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width > 0 && Math.min(box.width, box.height) < 48)
        .map(({ el }) => el.outerHTML.slice(0, 80)),
    );
}

async function axeAtBothSizes(page: Page, what: string) {
  await expectNoAxeViolations(page, `${what} at 100 %`);
  expect(await smallTargets(page), `targets under 48 px on ${what}`).toEqual([]);
  await page.evaluate(() => document.documentElement.style.setProperty('--text-scale', '2'));
  await expectNoAxeViolations(page, `${what} at 200 %`);
  expect(await smallTargets(page), `targets under 48 px on ${what} at 200 %`).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  await page.evaluate(() => document.documentElement.style.removeProperty('--text-scale'));
}

test.describe('the resident’s card and skills passport on the tablet, offline', () => {
  test('a new card, a skills check, a sign-up, a check-in and a feedback round, with the network off', async ({
    page,
    context,
  }) => {
    // One long walk through seven screens, each checked by axe four times (fr/ar, 100/200 %).
    test.setTimeout(240_000);
    await enrolTablet(page);
    await openControlled(page, '/equipe');
    await context.setOffline(true);
    await unlockAs(page, demoAgent());

    await page.getByRole('link', { name: 'Carte du parcours' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Carte du parcours' })).toBeVisible();
    await axeAtBothSizes(page, 'card screen without a card');
    await page.getByRole('button', { name: 'Faire une nouvelle carte' }).click();
    const code = (await page.getByTestId('pass-code').textContent()) ?? '';
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}( [0-9A-HJKMNP-TV-Z]{4}){5} [0-9A-HJKMNP-TV-Z]{3}$/);
    await expect(page.getByRole('img', { name: 'Code carré de la carte du parcours' })).toBeVisible();
    await axeAtBothSizes(page, 'card screen with a new card');
    // Printed on an A7 card: only the card, 74 mm wide.
    await page.emulateMedia({ media: 'print' });
    const width = await page.getByTestId('pass-card').evaluate((el) => el.getBoundingClientRect().width);
    expect(Math.round((width / 96) * 25.4)).toBe(74);
    await expect(page.getByRole('button', { name: 'Imprimer la carte' })).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    const suffix = code.replace(/ /g, '').slice(22, 26);

    // The market encounter carries the new card: the worker attaches it, the resident agreeing.
    await page.getByRole('link', { name: 'Aujourd’hui' }).click();
    await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
    await tapTile(page, LEGEND.themes, 'E-mail');
    await tapTile(page, LEGEND.autonomy, 'En partie autonome');
    await tapTile(page, LEGEND.duration, '15 min');
    await page.getByTestId('section-card').locator('summary').click();
    await page.getByRole('button', { name: /^Joindre la carte en cours/ }).click();
    await expect(page.getByTestId('encounter-card')).toContainText(`Carte …${suffix} jointe`);
    await expectNoAxeViolations(page, 'encounter form with a card');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByTestId('flash')).toHaveText('Rencontre enregistrée.');
    const [met] = await readStore<{ passId?: string }>(page, 'encounters');
    expect(met?.passId?.slice(-4)).toBe(suffix);
    await page.getByRole('link', { name: 'Carte du parcours' }).click();

    await page.getByRole('link', { name: 'Faire le point sur les compétences' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Point sur les compétences' })).toBeVisible();
    await tapTile(page, 'Créer une adresse e-mail et envoyer un message', 'Avec de l’aide');
    await tapTile(page, 'Chercher une information sur Internet', 'Pas encore');
    await tapTile(page, 'Écrire avec le clavier', 'Je sais seul');
    await page.getByTestId('skill-clavier').getByText('Vu faire par l’équipe').click();
    await axeAtBothSizes(page, 'skills check');
    await page.getByRole('button', { name: 'Enregistrer le point' }).click();
    await expect(page.getByTestId('flash')).toHaveText('Point enregistré.');
    const [check] = await readStore<{ passId: string; items: Record<string, string>; observed: string[] }>(
      page,
      'skillsChecks',
    );
    expect(check?.items).toEqual({ email: 'avec_aide', naviguer: 'pas_encore', clavier: 'seul' });
    expect(check?.observed).toEqual(['clavier']);
    expect(check?.passId.slice(-4)).toBe(suffix);

    // The earlier check of this card on this tablet is listed on the next check.
    await page.getByRole('link', { name: 'Faire le point sur les compétences' }).click();
    await expect(page.getByTestId('skills-previous').locator('summary')).toHaveCount(1);

    await page.goto('/equipe/ateliers');
    const first = page.getByTestId('workshop').first();
    await expect(first.getByText('À quoi ça sert')).toBeVisible();
    await first.getByRole('button', { name: 'Inscrire la carte en cours' }).click();
    await expect(first.getByRole('status')).toHaveText('Carte inscrite à l’atelier.');
    await expect(first.getByTestId('seats')).toContainText(/Inscrits : 1(?!\d)/);
    await axeAtBothSizes(page, 'workshops');
    await first.getByRole('link', { name: 'Liste et présences' }).click();
    await expect(page.getByTestId('roster-cards')).toContainText(`Carte …${suffix}`);
    await page.getByRole('button', { name: 'Pointer la carte en cours' }).click();
    await expect(page.getByTestId('roster-status')).toHaveText('Présence notée.');
    await page.getByRole('button', { name: 'Une personne de plus sans carte' }).click();
    await expect(page.getByTestId('seats')).toContainText(/Présents : 2(?!\d)/);
    await axeAtBothSizes(page, 'roster');
    const attendances = await readStore<{ passId?: string; count: number }>(page, 'attendances');
    expect(attendances.map((a) => `${a.passId ? 'card' : 'count'} ${a.count}`).sort()).toEqual([
      'card 1',
      'count 1',
    ]);

    // Arabic: the same screens, right to left.
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await axeAtBothSizes(page, 'roster in Arabic');
    await page.getByRole('link', { name: 'اليوم' }).click();
    await page.getByRole('link', { name: 'تقييم المهارات' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'تقييم المهارات' })).toBeVisible();
    await axeAtBothSizes(page, 'skills check in Arabic');
    await page.getByRole('link', { name: 'اليوم' }).click();
    await page.getByRole('link', { name: 'بطاقة المسار' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'بطاقة المسار' })).toBeVisible();
    await axeAtBothSizes(page, 'card screen in Arabic');
    await page.getByRole('button', { name: 'Français' }).click();

    // The feedback round: kiosk mode on the workshop's feedback.
    await page.goto('/equipe/ateliers');
    await page.getByTestId('workshop').first().getByRole('link', { name: 'Liste et présences' }).click();
    await page.getByRole('button', { name: 'Faire passer l’avis de l’atelier' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Votre avis sur l’atelier' })).toBeVisible();
    await axeAtBothSizes(page, 'workshop feedback');
    await page
      .getByRole('group', { name: 'L’atelier m’a été utile.' })
      .getByRole('button', { name: /5 sur 5/ })
      .click();
    await page.getByText('Faire un appel vidéo').click();
    await page.getByTestId('workshop-feedback').getByRole('button', { name: 'J’ai fini' }).click();
    await expect(
      page.getByRole('heading', { name: 'Merci ! Passez la tablette à la personne suivante.' }),
    ).toBeVisible();
    const responses = await readStore<Record<string, unknown>>(page, 'surveyResponses');
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({
      context: 'atelier',
      answers: { utile: 5 },
      learnt: ['appel_video'],
    });
    expect(typeof responses[0]!.activityId).toBe('string');
    await page.getByRole('button', { name: 'Personne suivante' }).click();
    await page.getByRole('button', { name: 'العربية' }).click();
    await axeAtBothSizes(page, 'workshop feedback in Arabic');
  });
});
