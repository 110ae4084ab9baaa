// The figures page against a month of records pushed by a tablet, each number checked against a
// hand count of the records below (comments give the count).
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import {
  base,
  type Device,
  type Draft,
  enrolDevice,
  push,
  signInApi,
  signInPage,
} from './support/dashboard-data';
import { demoCredentials } from './support/server';

// March 2025 (Paris); one encounter in April must not count.
function marchRecords(d: Device, agent: string, partnerId: string): Draft[] {
  const at = (day: number, hour = 10) =>
    `2025-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;
  const o1 = base(d, agent, at(4, 9));
  const o2 = base(d, agent, at(11, 14));
  return [
    [
      'outing',
      {
        ...o1,
        placeKind: 'marche',
        placeLabel: 'Marché de Wazemmes',
        neighbourhood: 'Wazemmes',
        qpv: true,
        startedAt: o1.createdAt,
      },
    ],
    [
      'outing',
      {
        ...o2,
        placeKind: 'hall_immeuble',
        placeLabel: 'Hall Les Oliviers',
        neighbourhood: 'Faubourg',
        qpv: false,
        startedAt: o2.createdAt,
      },
    ],
    // E1: individual, woman 25–39, unemployed, lives in a QPV, first time.
    [
      'encounter',
      {
        ...base(d, agent, at(4, 10)),
        outingId: o1.id,
        type: 'individuel',
        profile: {
          sex: 'feminin',
          ageBand: '25_39',
          socialStatus: 'sans_emploi',
          livesInQpv: 'oui',
          firstTime: 'oui',
        },
        themes: ['aide_aux_demarches_administratives'],
        subThemes: ['famille_scolarite'],
        institutions: ['caf'],
        actions: [{ kind: 'aide_sur_place' }],
        autonomy: 'partiellement_autonome',
        durationMin: 30,
      },
    ],
    // E2: individual, man 60–69, retired, not first time; oriented to a partner, to call back.
    [
      'encounter',
      {
        ...base(d, agent, at(4, 11)),
        outingId: o1.id,
        type: 'individuel',
        profile: { sex: 'masculin', ageBand: '60_69', socialStatus: 'retraite', firstTime: 'non' },
        themes: ['aide_aux_demarches_administratives', 'email'],
        subThemes: ['argent_impots'],
        institutions: ['impots'],
        actions: [
          { kind: 'orientation', redirectionKind: 'administration', partnerId },
          { kind: 'a_rappeler' },
        ],
        autonomy: 'entierement_accompagne',
      },
    ],
    // E3: brief information, woman 18–24, first time; a guide shown.
    [
      'encounter',
      {
        ...base(d, agent, at(11, 15)),
        outingId: o2.id,
        type: 'information',
        profile: { sex: 'feminin', ageBand: '18_24', firstTime: 'oui' },
        themes: ['sante'],
        institutions: ['ameli'],
        actions: [{ kind: 'guide_montre', guideIds: ['ameli-attestation'] }],
      },
    ],
    // E4: a group of 5 (3 women, 2 men; two 25–39, one 55–59, two not given).
    [
      'encounter',
      {
        ...base(d, agent, at(12, 9)),
        type: 'collectif',
        participants: { count: 5, bySex: { feminin: 3, masculin: 2 }, byAgeBand: { '25_39': 2, '55_59': 1 } },
        themes: ['navigation_sur_internet'],
        actions: [{ kind: 'aide_sur_place' }],
      },
    ],
    // April: outside the period.
    [
      'encounter',
      { ...base(d, agent, '2025-04-02T10:00:00.000Z'), type: 'individuel', themes: ['sante'], actions: [] },
    ],
    // Kiosk: 3 guides opened (fr, ar, fr), 1 completed, 1 search found, 1 found nothing, 1 read-aloud.
    ...(
      [
        ['open', 'fr', 'ameli-attestation'],
        ['open', 'ar', 'ameli-attestation'],
        ['complete', 'ar', 'ameli-attestation'],
        ['search_hit', 'fr', undefined],
        ['search_miss', 'fr', undefined],
        ['read_aloud', 'ar', 'ameli-attestation'],
        ['open', 'fr', 'caf-aide-logement'],
      ] as const
    ).map(([event, language, guideId], i): Draft => {
      const b = base(d, agent, at(20, 10 + i));
      return ['kiosk_event', { ...b, event, language, at: b.createdAt, ...(guideId ? { guideId } : {}) }];
    }),
    // Survey: "utile" 5 and 3 → 4.00; "nom_clair" 4 → 4.00.
    [
      'survey_response',
      {
        ...base(d, agent, at(20, 18)),
        context: 'guide',
        answers: { utile: 5, nom_clair: 4 },
        language: 'fr',
      },
    ],
    [
      'survey_response',
      { ...base(d, agent, at(21, 9)), context: 'accompagnement', answers: { utile: 3 }, language: 'fr' },
    ],
  ];
}

/** The number in a figure's table, on the row named `rowLabel`. */
async function cell(page: Page, figure: string, rowLabel: string): Promise<string> {
  const row = page
    .getByTestId(`figure-${figure}`)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: rowLabel, exact: true }) });
  return ((await row.getByRole('cell').first().textContent()) ?? '').trim();
}

async function expectCells(page: Page, figure: string, expected: Record<string, string>) {
  const actual: Record<string, string> = {};
  for (const label of Object.keys(expected)) actual[label] = await cell(page, figure, label);
  expect(actual, `figure ${figure}`).toEqual(expected);
}

test('figures of a seeded month equal the hand count, as charts and tables', async ({ page, request }) => {
  const demo = demoCredentials();
  const agent = demo.agents[0]!.id;
  const device = await enrolDevice(request, demo.centre.id);
  const dash = await signInApi(request, demo.coordinator.login, demo.coordinator.password);
  const partners = (await (await dash.get('partners')).json()) as { items: { id: string; name: string }[] };
  const partner = partners.items[0]!;
  await push(request, device, marchRecords(device, agent, partner.id));

  // chart.js must draw under the server's CSP (no inline script, no <style> element).
  const cspErrors: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto('/dashboard/chiffres?from=2025-03-01&to=2025-03-31');
  await expect(page.getByText('Du 01/03/2025 au 31/03/2025')).toBeVisible();

  // Every count of people passes the small-cell rule: 1 to 4 is « moins de 5 », 0 stays 0, totals
  // are summed before masking; outings and collective sessions are events and keep their number.
  const M = 'moins de 5';
  await expectCells(page, 'types', { Individuel: M, Collectif: '1', Information: M });
  await expectCells(page, 'people', {
    Accompagnements: M,
    'Participants aux séances collectives': '5',
    'Personnes touchées': '8', // 2 individual + 1 information + 5 participants
    'Personnes venues pour la première fois': M,
  });
  await expectCells(page, 'place-kinds', { Marché: '1', 'Hall d’immeuble': '1', 'Centre commercial': '0' });
  await expectCells(page, 'qpv', { 'En QPV': '1', 'Hors QPV': '1' });
  const neighbourhoods = page.getByTestId('figure-neighbourhoods');
  await expect(neighbourhoods.getByRole('row', { name: 'Wazemmes Oui 1 moins de 5' })).toBeVisible();
  await expect(neighbourhoods.getByRole('row', { name: 'Faubourg Non 1 moins de 5' })).toBeVisible();
  await expectCells(page, 'themes', {
    'Aide aux démarches administratives': M,
    'E-mail': M,
    Santé: M,
    'Navigation sur internet': M,
    Bureautique: '0',
  });
  await expectCells(page, 'sub-themes', { 'Famille, scolarité': M, 'Argent, impôts': M, Logement: '0' });
  const institutions = { CAF: M, Impôts: M, 'Ameli (Assurance maladie)': M, 'ANTS (papiers, permis)': '0' };
  await expectCells(page, 'institutions', institutions);
  const actions = { 'Aide sur place': M, Orientation: M, 'À rappeler': M, 'Guide montré': M };
  await expectCells(page, 'actions', { ...actions, 'Rendez-vous au centre': '0' });
  await expectCells(page, 'redirections', { Administration: M, 'Aide sociale': '0' });
  await expectCells(page, 'partners', { [partner.name]: M });
  // People: E1 woman, E2 man, E3 woman, and the group's 3 women and 2 men.
  await expectCells(page, 'sex', { Femme: '5', Homme: M, 'Non communiqué': '0' });
  await expectCells(page, 'eu-age', {
    'Moins de 25 ans': M, // E3
    '25 à 54 ans': M, // E1 + two of the group
    '55 ans et plus': M, // E2 + one of the group
    'Non communiqué': M, // the rest of the group
  });
  const coop = {
    '18 à 24 ans': M,
    '25 à 39 ans': M,
    '40 à 59 ans': M,
    '60 à 69 ans': M,
    'Non communiqué': M,
  };
  await expectCells(page, 'coop-age', coop);
  await expectCells(page, 'social', { 'Sans emploi': M, Retraité: M, 'Non communiqué': '6' });
  await expectCells(page, 'lives-qpv', { Oui: M, Non: '0', 'Non communiqué': '7' });
  await expectCells(page, 'autonomy', {
    'Partiellement autonome': M,
    'Entièrement accompagné': M,
    'Non communiqué': M,
  });
  // Kiosk counts pass the small-cell rule: 1 to 4 is « moins de 5 », 0 stays 0, 7 is shown.
  await expectCells(page, 'kiosk-use', {
    'Guides ouverts': 'moins de 5',
    'Guides suivis jusqu’au bout': 'moins de 5',
    Recherches: 'moins de 5',
    'Recherches sans résultat': 'moins de 5',
    'Lectures à voix haute': 'moins de 5',
    'Actions sur la borne (toutes)': '7',
  });
  await expectCells(page, 'languages', { Français: 'moins de 5', Arabe: 'moins de 5', Anglais: '0' });
  // The kiosk's per-guide table names each guide by its title (one no longer published says so),
  // never by its id.
  await expect(
    page.getByRole('row', { name: /^Demander une aide au logement \(APL\) à la Caf moins de 5 0 0\b/ }),
  ).toBeVisible();
  await expect(
    page.getByRole('row', { name: /^Guide qui n’est plus publié moins de 5 moins de 5 0\b/ }),
  ).toBeVisible();
  await expect(page.locator('main')).not.toContainText('caf-aide-logement');
  // Exactly the statements residents answered, in the words they read on the tablet.
  // Averages of fewer than 5 answers are hidden with them.
  await expectCells(page, 'survey', {
    'La borne m’est utile.': 'moins de 5',
    'Les noms des guides de la borne sont clairs.': 'moins de 5',
  });
  await expect(page.getByTestId('figure-survey').getByRole('row')).toHaveCount(3); // header + 2
  await expect(
    page.getByRole('heading', { name: 'Questionnaire de satisfaction (moins de 5 réponses)' }),
  ).toBeVisible();
  // Charts are drawn (chart.js loaded on this page only) beside the tables, but over a masked cell
  // (a bar would show its number).
  await expect(page.getByTestId('figure-types').locator('canvas')).toHaveCount(0);
  await expect(page.getByTestId('figure-place-kinds').locator('canvas')).toBeVisible();
  // Drawn, not just present: the canvas has pixels other than transparent ones.
  await expect
    .poll(() =>
      page
        .getByTestId('figure-place-kinds')
        .locator('canvas')
        .evaluate((c: HTMLCanvasElement) => {
          const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
          return data.some((v, i) => i % 4 === 3 && v > 0);
        }),
    )
    .toBe(true);
  expect(cspErrors).toEqual([]);
  await expectNoAxeViolations(page, 'figures page with data');

  // The same month on the CAF and EU report page.
  await page.goto('/dashboard/exports?from=2025-03-01&to=2025-03-31');
  const caf = page.getByTestId('caf-visits');
  await expect(caf.getByRole('row', { name: 'Personnes touchées 8' })).toBeVisible();
  await expect(caf.getByRole('row', { name: 'Sorties 2' })).toBeVisible();
  await expect(page.getByTestId('eu-sex').getByRole('row', { name: 'Femme 5' })).toBeVisible();
  await expectNoAxeViolations(page, 'exports page with data');
});

test('a period without records says so instead of showing empty charts', async ({ page }) => {
  const demo = demoCredentials();
  await signInPage(page, demo.coordinator.login, demo.coordinator.password);
  await page.goto('/dashboard/chiffres?from=2019-01-01&to=2019-01-31');
  await expect(page.getByTestId('figures-empty')).toHaveText(/Aucun enregistrement pour cette période/);
  await expect(page.locator('canvas')).toHaveCount(0);
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectNoAxeViolations(page, 'figures page, empty period');
});
