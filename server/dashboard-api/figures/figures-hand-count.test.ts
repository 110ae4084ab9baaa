// Every figure equals a hand count of a small seeded month. The expected numbers below were
// counted by hand from the records server/test-support/figures-month.ts inserts (its comments
// show the count). Raw counts come from what the routes compute (compute.ts over load.ts), before the
// small-cell rule (figures-small-cells.test.ts); the kiosk and the scope as they leave the server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SURVEY_STATEMENTS } from '../../../src/shared/taxonomy';
import { type Client, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { seedHandCountMonth } from '../../test-support/figures-month';
import { parsePeriod } from '../period';
import { cafReport, computeFigures, euReport, type Figures } from './compute';
import { loadFigureInput } from './load';

const order = (id: string) => (SURVEY_STATEMENTS as readonly string[]).indexOf(id);

describe.each(DB_KINDS)('figures equal a hand count of the seeded month on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;
  let figures: Figures;
  let raw: ReturnType<typeof computeFigures>;
  const m = 'moins_de_5';
  const november = parsePeriod('2026-11-01', '2026-11-30', new Date('2026-12-01T12:00:00.000Z'));
  const inputA = () =>
    loadFigureInput(server.deps.database.db, { centreIds: ['centre-a'], period: november });

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    await seedHandCountMonth(server);
    coordA = await signIn(server, 'coord-a');
    figures = (await (await coordA.get('/figures?from=2026-11-01&to=2026-11-30')).json()) as Figures;
    raw = computeFigures(await inputA());
  });
  afterAll(() => server.close());

  it('counts accompaniments by type and the people reached', () => {
    // E1 E2 E3 E6 E7 individuel; E4 information; E5 collectif of 8.
    expect(raw.empty).toBe(false);
    expect(raw.accompaniments).toEqual({
      total: 7,
      individuel: 5,
      collectif: 1,
      collectifParticipants: 8,
      information: 1,
    });
    // 5 + 1 + 8 people; first time: E1, E3, E6.
    expect(raw.people).toEqual({ reached: 14, firstTime: 3 });
  });

  it('counts outings by place kind, QPV and neighbourhood with their encounters', () => {
    expect(raw.outings.total).toBe(4);
    expect(raw.outings.byPlaceKind).toEqual({
      marche: 1,
      hall_immeuble: 1,
      pied_immeuble: 1,
      centre_commercial: 1,
      evenement: 0,
      centre_social: 0,
      // Issue 11's places: none in this month.
      accueil_administration: 0,
      lieu_de_loisirs: 0,
      tiers_lieu: 0,
      mediatheque: 0,
      sortie_ecole: 0,
      domicile: 0,
      autre: 0,
    });
    expect(raw.outings.qpv).toEqual({ oui: 3, non: 1 });
    expect(raw.outings.byNeighbourhood).toEqual([
      { neighbourhood: 'Moulins', qpv: true, outings: 2, encounters: 2 },
      { neighbourhood: 'Wazemmes', qpv: true, outings: 1, encounters: 2 },
      { neighbourhood: 'Euralille', qpv: false, outings: 1, encounters: 1 },
    ]);
  });

  it('counts themes, démarche sub-themes and institutions once per encounter', () => {
    expect(raw.themes).toMatchObject({
      aide_aux_demarches_administratives: 4,
      email: 2,
      scolarite_et_numerique: 1,
      prendre_en_main_du_materiel: 1,
      sante: 1,
      bureautique: 0,
      diagnostic_numerique: 0,
    });
    expect(Object.values(raw.themes).reduce((a, b) => a + b, 0)).toBe(9);
    expect(raw.subThemes).toMatchObject({ social_sante: 2, argent_impots: 1, logement: 0 });
    expect(raw.institutions).toMatchObject({ caf: 3, impots: 1, educonnect: 1, ameli: 1, ants: 0 });
  });

  it('counts actions and re-orientations by redirection kind and partner', () => {
    expect(raw.actions).toEqual({
      aide_sur_place: 2,
      guide_montre: 1,
      orientation: 3,
      rdv_centre: 0,
      inscription_activite: 1,
      a_rappeler: 1,
    });
    expect(raw.orientations.total).toBe(4);
    expect(raw.orientations.byRedirectionKind).toEqual({
      administration: 2,
      mediation_numerique: 0,
      operateur_ou_organisme_en_charge: 1,
      aide_sociale: 1,
      insertion_professionnelle: 0,
      aide_aux_demarches_administratives: 0,
      autre: 0,
    });
    expect(raw.orientations.byPartner).toEqual([
      { partnerId: 'p1', name: 'Maison France Services Lille-Sud', count: 2 },
      { partnerId: 'p2', name: 'CCAS de Lille', count: 1 },
    ]);
  });

  it('counts the public by sex, fine age band, EU and La Coop bands, status and QPV', () => {
    const p = raw.profile;
    expect(p.sex).toEqual({ feminin: 7, masculin: 3, non_communique: 4 });
    expect(p.ageBand).toEqual({
      moins_12: 0,
      '12_15': 0,
      '16_17': 1,
      '18_24': 0,
      '25_39': 1,
      '40_54': 2,
      '55_59': 3,
      '60_69': 1,
      '70_plus': 2,
      non_communique: 4,
    });
    expect(p.euAgeBand).toEqual({ moins_25: 1, '25_54': 3, '55_plus': 6, non_communique: 4 });
    expect(p.coopAgeBand).toEqual({
      moins_12: 0,
      '12_17': 1,
      '18_24': 0,
      '25_39': 1,
      '40_59': 5,
      '60_69': 1,
      '70_plus': 2,
      non_communique: 4,
    });
    expect(p.socialStatus).toEqual({
      scolarise: 1,
      sans_emploi: 1,
      en_emploi: 0,
      retraite: 1,
      non_communique: 11,
    });
    expect(p.livesInQpv).toEqual({ oui: 1, non: 1, non_communique: 12 });
    expect(raw.autonomy).toEqual({
      entierement_accompagne: 1,
      partiellement_autonome: 2,
      autonome: 1,
      non_communique: 3,
    });
  });

  it('counts kiosk use: guides opened and completed, languages, searches without result — « moins de 5 » from 1 to 4', () => {
    // The small-cell rule (src/shared/small-cells.ts) as for every figure about people: each count
    // of the kiosk is one resident's use, so 1 to 4 is « moins de 5 » and 0 stays 0. Hand counts
    // (test-support/figures-month.ts): 10 events; 3 openings (2 caf-prime, 1 ameli-compte), 1
    // completion, 1 abandon before step 1, 3 searches of which 2 found nothing, 1 read-aloud, one
    // opening in each language; no help request, no interest.
    const m = 'moins_de_5';
    expect(figures.kiosk).toEqual({
      events: 10,
      guidesOpened: m,
      guidesCompleted: m,
      searches: m,
      searchesWithoutResult: m,
      readAloud: m,
      languages: { fr: m, en: m, ar: m },
      byGuide: [
        // No content is published in this test: a guide no longer published has no title.
        {
          guideId: 'caf-prime',
          title: '',
          opened: m,
          completed: m,
          abandoned: 0,
          abandonByStep: [],
          helpRequests: 0,
        },
        // Abandoned on the 7th without a step reached: counted before step 1.
        {
          guideId: 'ameli-compte',
          title: '',
          opened: m,
          completed: 0,
          abandoned: m,
          abandonByStep: [{ step: 0, count: m }],
          helpRequests: 0,
        },
      ],
      guidesAbandoned: m,
      helpRequests: 0,
      helpByPlace: [],
      interest: 0,
      interestByActivity: [],
      byHour: figures.kiosk.byHour,
      byWeekdayHour: figures.kiosk.byWeekdayHour,
    });
    // 3 openings and 3 searches are the uses (steps, read-aloud and abandons are parts of them),
    // all at 10:00 UTC = 11:00 in Paris: 6 at 11 h in all, shown; by weekday 1 on Wednesday the
    // 4th, 2 on Thursday the 5th, 3 on Friday the 6th, each « moins de 5 ».
    expect(figures.kiosk.byHour).toEqual(Array.from({ length: 24 }, (_, h) => (h === 11 ? 6 : 0)));
    const at11 = (weekday: number) => (weekday >= 2 && weekday <= 4 ? m : 0);
    expect(figures.kiosk.byWeekdayHour).toEqual(
      Array.from({ length: 7 }, (_, d) => Array.from({ length: 24 }, (_, h) => (h === 11 ? at11(d) : 0))),
    );
  });

  it('averages the survey per statement residents answered, and only those', () => {
    expect(raw.survey.responses).toBe(6);
    const of = (id: string) => raw.survey.byStatement.find((s) => s.statementId === id);
    expect(of('utile')).toEqual({ statementId: 'utile', average: 4, answers: 3, reversed: false });
    expect(of('nom_clair')).toEqual({ statementId: 'nom_clair', average: 4.5, answers: 2, reversed: false });
    // Nobody was asked « partager »: it is not shown as an empty row.
    expect(of('partager')).toBeUndefined();
    expect(raw.survey.byStatement.map((s) => s.statementId)).toEqual(
      ['utile', 'nom_clair', 'fatigue', 'besoin_aide'].sort((a, b) => order(a) - order(b)),
    );
  });

  it('scores a negative statement reversed, so a high score is always a good outcome', () => {
    const of = (id: string) => raw.survey.byStatement.find((s) => s.statementId === id);
    // « Utiliser la borne me fatigue. » rated 2 and 1 (disagree): scores 4 and 5.
    expect(of('fatigue')).toEqual({ statementId: 'fatigue', average: 4.5, answers: 2, reversed: true });
    // « J’ai besoin d’aide pour utiliser la borne. » rated 2, 2, 3: scores 4, 4, 3.
    expect(of('besoin_aide')).toEqual({
      statementId: 'besoin_aide',
      average: 3.67,
      answers: 3,
      reversed: true,
    });
  });

  it('gives the CAF summary: accompaniments, visits, reasons, re-orientations', async () => {
    const caf = cafReport(await inputA());
    expect(caf.accompaniments.total).toBe(7);
    expect(caf.visits).toEqual({ outings: 4, peopleReached: 14, firstTime: 3 });
    expect(caf.reasons.slice(0, 4)).toEqual([
      { institution: 'caf', count: 3 },
      { institution: 'ameli', count: 1 },
      { institution: 'educonnect', count: 1 },
      { institution: 'impots', count: 1 },
    ]);
    expect(caf.reorientations.total).toBe(4);
  });

  it('gives the EU table: participants by sex and age band', async () => {
    const eu = euReport(await inputA());
    expect(eu.participants).toBe(14);
    expect(eu.bySex).toEqual({ feminin: 7, masculin: 3, non_communique: 4 });
    expect(eu.byAgeBand).toEqual({ moins_25: 1, '25_54': 3, '55_plus': 6, non_communique: 4 });
    // E1 f 25–54, E2 m 55+, E3 f <25, E4 nc/nc, E6 nc 25–54, E7 nc/nc.
    expect(eu.rows).toEqual([
      { ageBand: 'moins_25', feminin: 1, masculin: 0, non_communique: 0, total: 1 },
      { ageBand: '25_54', feminin: 1, masculin: 0, non_communique: 1, total: 2 },
      { ageBand: '55_plus', feminin: 0, masculin: 1, non_communique: 0, total: 1 },
      { ageBand: 'non_communique', feminin: 0, masculin: 0, non_communique: 2, total: 2 },
    ]);
    expect(eu.total).toEqual({ feminin: 2, masculin: 1, non_communique: 3, total: 6 });
    expect(eu.collectifParticipants).toBe(8);
  });

  it('counts only the centres of the user: territory A+C, coordinator of B', async () => {
    const territory = await signIn(server, 'terr-sud');
    const t = (await (await territory.get('/figures?from=2026-11-01&to=2026-11-30')).json()) as Figures;
    expect(t.accompaniments.total).toBe(8);
    expect(t.profile.ageBand['18_24']).toBe(m); // one person: « moins de 5 » as it leaves the server
    const onlyC = (await (
      await territory.get('/figures?from=2026-11-01&to=2026-11-30&centre=centre-c')
    ).json()) as Figures;
    expect(onlyC.accompaniments.total).toBe(m);
    const coordB = await signIn(server, 'coord-b');
    const b = (await (await coordB.get('/figures?from=2026-11-01&to=2026-11-30')).json()) as Figures;
    expect(b.accompaniments.total).toBe(m);
    expect(b.kiosk.guidesOpened).toBe('moins_de_5');
    const bAskingA = (await (
      await coordB.get('/figures?from=2026-11-01&to=2026-11-30&centre=centre-a')
    ).json()) as Figures;
    expect(bAskingA.empty).toBe(true);
  });

  it('says a period is empty instead of giving empty charts', async () => {
    const sept = (await (await coordA.get('/figures?from=2026-09-01&to=2026-09-30')).json()) as Figures;
    expect(sept.empty).toBe(true);
    expect(sept.accompaniments.total).toBe(0);
    const oct = (await (await coordA.get('/figures?from=2026-10-01&to=2026-10-31')).json()) as Figures;
    expect(oct.empty).toBe(false);
    expect(oct.accompaniments.total).toBe(m);
    expect(oct.outings.total).toBe(1);
    expect(oct.outings.byNeighbourhood).toEqual([
      { neighbourhood: 'Fives', qpv: false, outings: 1, encounters: m },
    ]);
  });
});
