// A day on a market with the network off: unlock, an outing, 20 encounters of every kind (one with
// a sealed contact and a sign-up), a reload and a lock in the middle of forms, the tally, one
// outbox entry per change, and no contact detail anywhere in the tablet's IndexedDB.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import {
  demoAgent,
  dumpIndexedDb,
  LEGEND,
  openOutingForm,
  readStore,
  recordCommonEncounter,
  tapTile,
  teamSpaceOffline,
  waitForDraftContaining,
} from './support/team';

test.describe('team space, offline', () => {
  test('a whole outing recorded offline: tally, outbox, drafts, and sealed contacts', async ({
    page,
    context,
  }) => {
    test.setTimeout(240_000);
    const agent = demoAgent();
    await teamSpaceOffline(page, context, {
      agent,
      beforeUnlock: () => expectNoAxeViolations(page, 'unlock screen'),
    });
    await expectNoAxeViolations(page, 'today, empty');

    // Outing.
    await openOutingForm(page);
    await page.getByRole('button', { name: 'Commencer la sortie' }).click();
    await expect(page.getByText('Choisissez le type de lieu.')).toBeVisible();
    await expectNoAxeViolations(page, 'outing form with errors');
    await tapTile(page, 'Type de lieu', 'Marché');
    await page.getByLabel('Nom du lieu').fill('Marché de Wazemmes');
    await page.getByLabel('Quartier', { exact: true }).fill('Wazemmes');
    await tapTile(page, 'Est-ce un quartier prioritaire (QPV) ?', 'Oui');
    await page.getByRole('button', { name: 'Commencer la sortie' }).click();
    await expect(page.getByTestId('outing-card')).toContainText('Marché de Wazemmes');

    // 1–10: the common case.
    const themes = ['E-mail', 'Santé', 'Démarches administratives', 'Naviguer sur internet', 'Emploi'];
    for (let i = 0; i < 10; i++) await recordCommonEncounter(page, themes[i % themes.length]!);

    // 11–13: groups.
    for (const count of [6, 4, 8]) {
      await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
      await tapTile(page, LEGEND.type, 'Un groupe');
      await tapTile(page, LEGEND.themes, 'Sécurité numérique');
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await expect(page.getByText('Écrivez combien de personnes il y a dans le groupe.')).toBeVisible();
      await page.getByLabel('Nombre de personnes du groupe').fill(String(count));
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await expect(page.getByTestId('flash')).toHaveText('Rencontre enregistrée.');
    }

    // 14–15: quick information.
    for (let i = 0; i < 2; i++) {
      await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
      await tapTile(page, LEGEND.type, 'Information rapide');
      await tapTile(page, LEGEND.themes, 'Démarches administratives');
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
      await expect(page.getByTestId('flash')).toHaveText('Rencontre enregistrée.');
    }

    // 16: referred to a partner of the offline directory.
    await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
    await tapTile(page, LEGEND.themes, 'Démarches administratives');
    await tapTile(page, LEGEND.actions, 'Orientation');
    await tapTile(page, 'Vers quel type de structure ?', 'Aide sociale');
    const partners = page
      .getByRole('group', { name: 'Structure partenaire (facultatif)' })
      .getByRole('radio');
    await expect(partners.nth(1)).toBeVisible();
    await partners.nth(1).check();
    // Every section open: the whole form passes axe.
    for (const section of ['profile', 'demarche', 'equipment', 'note'])
      await page.getByTestId(`section-${section}`).locator('summary').click();
    await tapTile(page, 'Sexe', 'Femme');
    await tapTile(page, 'Âge', '60 à 69 ans');
    await tapTile(page, 'Organisme', 'CAF');
    await expect(
      page.getByText('N’écrivez pas de nom, de numéro ni d’information personnelle'),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'encounter form, every section open');
    await tapTile(page, LEGEND.duration, '30 min');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByTestId('flash')).toHaveText('Rencontre enregistrée.');

    // 17: a guide shown.
    await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
    await tapTile(page, LEGEND.themes, 'Démarches administratives');
    await tapTile(page, LEGEND.actions, 'Guide montré');
    const guides = page.getByRole('group', { name: 'Guides montrés' }).getByRole('checkbox');
    await expect(guides.first()).toBeVisible();
    await guides.first().check();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByTestId('flash')).toHaveText('Rencontre enregistrée.');

    // 18: a contact, with consent, and a sign-up to an activity.
    await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
    await tapTile(page, LEGEND.themes, 'Démarches administratives');
    await tapTile(page, LEGEND.actions, 'Inscription à une activité');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByText('Choisissez une activité.')).toBeVisible();
    await page.getByRole('button', { name: 'Ajouter les coordonnées' }).first().click();
    await expect(page.getByRole('heading', { name: 'Coordonnées, avec accord' })).toBeVisible();
    await tapTile(page, 'Langue de la personne', 'العربية');
    await expect(page.getByTestId('consent-text')).toContainText('فريق التنسيق');
    await expect(
      page.getByTestId('no-voice').or(page.getByRole('button', { name: 'Lire le texte à voix haute' })),
    ).toBeVisible();
    await tapTile(page, 'Langue de la personne', 'Français');
    await tapTile(page, 'La personne est d’accord pour :', 'Être rappelé·e par le centre');
    await tapTile(
      page,
      'La personne est d’accord pour :',
      'Recevoir les informations des activités du centre',
    );
    await page.getByRole('textbox', { name: 'Prénom' }).fill('Nadia');
    await page.getByLabel('Nom (facultatif)').fill('Benali');
    await page.getByRole('textbox', { name: 'Téléphone' }).fill('06 12 34');
    await page.getByRole('textbox', { name: 'E-mail' }).fill('nadia.benali.7391@courriel-test.fr');
    await tapTile(page, 'Comment la contacter ?', 'SMS');
    await page.getByRole('button', { name: 'Enregistrer le contact' }).click();
    await expect(page.getByText('Ce n’est pas un numéro français. Exemple : 06 12 34 56 78.')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Prénom' })).toHaveValue('Nadia');
    await expect(page.getByRole('textbox', { name: 'E-mail' })).toHaveValue(
      'nadia.benali.7391@courriel-test.fr',
    );
    await expectNoAxeViolations(page, 'contact form with an error');
    await page.getByRole('textbox', { name: 'Téléphone' }).fill('06 12 34 56 78');
    await page.getByRole('button', { name: 'Enregistrer le contact' }).click();
    await expect(page.getByRole('heading', { name: 'Nouvelle rencontre' })).toBeVisible();
    await expect(page.getByText('Contact enregistré (chiffré)').first()).toBeVisible();
    const activities = page.getByRole('group', { name: 'Activité' }).getByRole('checkbox');
    await activities.first().check();
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByTestId('flash')).toHaveText('Rencontre enregistrée.');

    // 19: a reload in the middle of the form gives it back exactly.
    await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
    await tapTile(page, LEGEND.themes, 'Parentalité');
    await tapTile(page, LEGEND.autonomy, 'Autonome');
    await page.getByTestId('section-note').locator('summary').click();
    await page.getByLabel('Note courte (facultatif)').fill('Revenir avec le courrier');
    await waitForDraftContaining(page, 'Revenir avec le courrier');
    await page.reload();
    await expect(page.getByTestId('draft-restored')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Parentalité' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Autonome', exact: true })).toBeChecked();
    await expect(page.getByLabel('Note courte (facultatif)')).toHaveValue('Revenir avec le courrier');
    await tapTile(page, LEGEND.duration, '45 min');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByTestId('flash')).toHaveText('Rencontre enregistrée.');

    // 20: a lock in the middle of the form; after the PIN it is offered back, never reopened silently.
    await page.getByRole('link', { name: 'Nouvelle rencontre' }).click();
    await tapTile(page, LEGEND.themes, 'Culture numérique');
    await waitForDraftContaining(page, 'culture_numerique');
    await page.getByRole('button', { name: 'Verrouiller' }).click();
    await expect(page.getByRole('heading', { name: 'Qui êtes-vous ?' })).toBeVisible();
    await page.getByLabel('Votre code (4 à 6 chiffres)').fill(agent.pin);
    await page.getByRole('button', { name: 'Ouvrir' }).click();
    await expect(page.getByTestId('draft-offer')).toContainText('Reprendre la rencontre commencée à');
    await page.getByRole('button', { name: 'Reprendre cette rencontre' }).click();
    await expect(page.getByTestId('draft-restored')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Culture numérique' })).toBeChecked();
    await tapTile(page, LEGEND.duration, '5 min');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByTestId('flash')).toHaveText('Rencontre enregistrée.');

    // A correction, and a 21st encounter deleted before any sync.
    await page
      .getByRole('link', { name: /Modifier la rencontre de/ })
      .first()
      .click();
    await expect(page.getByRole('heading', { name: 'Modifier la rencontre' })).toBeVisible();
    await expectNoAxeViolations(page, 'encounter correction');
    await tapTile(page, LEGEND.duration, '60 min');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect(page.getByTestId('flash')).toHaveText('Rencontre modifiée.');
    await recordCommonEncounter(page, 'Bureautique');
    await page
      .getByRole('link', { name: /Modifier la rencontre de/ })
      .first()
      .click();
    await page.getByRole('button', { name: 'Supprimer la rencontre' }).click();
    await page.getByRole('button', { name: 'Oui, supprimer' }).click();
    await expect(page.getByTestId('flash')).toHaveText('Rencontre supprimée.');

    // The tally: 10 + 3 groups (6 + 4 + 8 people) + 2 information + 5 others = 20 encounters, 35 people.
    for (const id of ['tally-day', 'tally-outing']) {
      // The number itself (its <dd>), exactly: "1" must not pass for "10".
      await expect(page.getByTestId(`${id}-encounters`).locator('dd')).toHaveText('20');
      await expect(page.getByTestId(`${id}-people`).locator('dd')).toHaveText('35');
      await expect(page.getByTestId(`${id}-orientations`).locator('dd')).toHaveText('1');
      await expect(page.getByTestId(`${id}-signups`).locator('dd')).toHaveText('1');
      await expect(page.getByTestId(`${id}-contacts-pending`).locator('dd')).toHaveText('1');
    }
    await expect(
      page.getByTestId('tally-day').getByRole('listitem').filter({ hasText: 'Démarches administratives' }),
    ).toHaveText('Démarches administratives : 7');
    await expect(page.getByTestId('today-item')).toHaveCount(20);
    await expect(page.getByTestId('today-list')).not.toContainText('Nadia');
    await expectNoAxeViolations(page, 'today with 20 encounters');

    // One outbox entry per change, each with its record.
    const outbox = await readStore<{ entity: string; op: string; recordId: string }>(page, 'outbox');
    const byKind = outbox.reduce<Record<string, number>>((acc, e) => {
      const k = `${e.entity}:${e.op}`;
      acc[k] = (acc[k] ?? 0) + 1;
      return acc;
    }, {});
    expect(byKind).toEqual({
      'outing:upsert': 1,
      'encounter:upsert': 22, // 20 + the correction + the 21st
      'encounter:delete': 1,
      'contact:upsert': 1,
      'signup:upsert': 1,
    });
    expect(await readStore(page, 'encounters')).toHaveLength(20);

    // Nothing the worker typed about the person is readable anywhere in IndexedDB.
    const raw = await dumpIndexedDb(page);
    expect(raw).toContain('ECDH-P256+HKDF-SHA256+A256GCM');
    for (const secret of ['Nadia', 'Benali', '612345678', '12 34 56 78', 'nadia.benali', 'courriel-test'])
      expect(raw.includes(secret), `IndexedDB must not contain ${secret}`).toBe(false);
    expect(await readStore(page, 'drafts')).toEqual([]);
  });
});
