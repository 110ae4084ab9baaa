// Every figure equals a hand count of a small seeded month. The expected numbers below were
// counted by hand from the records inserted in beforeAll (the comments show the count).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KioskEvent, SurveyResponse } from '../../../src/shared/records';
import { SURVEY_STATEMENTS } from '../../../src/shared/taxonomy';
import { newId } from '../../services/ids';
import { type Client, seedCentres, signIn } from '../../test-support/dashboard';
import { createTestServer, DB_KINDS, type TestServer } from '../../test-support/databases';
import { AGENT, DEVICE, encounter, insertRecord, outing } from '../../test-support/records';
import type { CafReport, EuReport, Figures } from './compute';

const A = 'centre-a';

function kiosk(
  centreId: string,
  createdAt: string,
  e: Pick<KioskEvent, 'event' | 'language'> & { guideId?: string },
): KioskEvent {
  return { id: newId(), centreId, deviceId: DEVICE, agentId: AGENT, createdAt, rev: 1, at: createdAt, ...e };
}

const order = (id: string) => (SURVEY_STATEMENTS as readonly string[]).indexOf(id);

function survey(createdAt: string, answers: SurveyResponse['answers']): SurveyResponse {
  return {
    id: newId(),
    centreId: A,
    deviceId: DEVICE,
    agentId: AGENT,
    createdAt,
    rev: 1,
    context: 'guide',
    answers,
    language: 'fr',
  };
}

describe.each(DB_KINDS)('figures equal a hand count of the seeded month on %s', (kind) => {
  let server: TestServer;
  let coordA: Client;
  let figures: Figures;

  beforeAll(async () => {
    server = await createTestServer(kind);
    await seedCentres(server);
    const db = server.deps.database.db;
    await db
      .insertInto('partners')
      .values([
        {
          id: 'p1',
          territory_id: 'sud',
          name: 'Maison France Services Lille-Sud',
          data: '{}',
          version: 1,
          deleted_at: null,
        },
        { id: 'p2', territory_id: 'sud', name: 'CCAS de Lille', data: '{}', version: 1, deleted_at: null },
      ])
      .execute();
    const o1 = outing({
      centreId: A,
      createdAt: '2026-11-03T08:00:00.000Z',
      placeKind: 'marche',
      neighbourhood: 'Wazemmes',
      qpv: true,
    });
    const o2 = outing({
      centreId: A,
      createdAt: '2026-11-10T14:00:00.000Z',
      placeKind: 'hall_immeuble',
      neighbourhood: 'Moulins',
      qpv: true,
    });
    const o3 = outing({
      centreId: A,
      createdAt: '2026-11-17T13:00:00.000Z',
      placeKind: 'centre_commercial',
      neighbourhood: 'Euralille',
      qpv: false,
    });
    const o4 = outing({
      centreId: A,
      createdAt: '2026-11-24T09:00:00.000Z',
      placeKind: 'pied_immeuble',
      neighbourhood: 'Moulins ',
      qpv: true,
    });
    // 31 October 23:30 in Paris: October.
    const oOct = outing({
      centreId: A,
      createdAt: '2026-10-31T22:30:00.000Z',
      placeKind: 'evenement',
      neighbourhood: 'Fives',
      qpv: false,
    });
    for (const o of [o1, o2, o3, o4, oOct]) await insertRecord(server, 'outing', o);

    const at = (day: string) => `2026-11-${day}T10:00:00.000Z`;
    const encounters = [
      encounter({
        centreId: A,
        createdAt: at('03'),
        outingId: o1.id,
        profile: {
          sex: 'feminin',
          ageBand: '25_39',
          socialStatus: 'sans_emploi',
          livesInQpv: 'oui',
          firstTime: 'oui',
        },
        themes: ['aide_aux_demarches_administratives'],
        subThemes: ['social_sante'],
        institutions: ['caf'],
        actions: [{ kind: 'aide_sur_place' }],
        autonomy: 'partiellement_autonome',
      }),
      encounter({
        centreId: A,
        createdAt: at('03'),
        outingId: o1.id,
        profile: {
          sex: 'masculin',
          ageBand: '60_69',
          socialStatus: 'retraite',
          livesInQpv: 'non',
          firstTime: 'non',
        },
        themes: ['aide_aux_demarches_administratives', 'email'],
        subThemes: ['argent_impots'],
        institutions: ['impots'],
        actions: [
          { kind: 'orientation', redirectionKind: 'administration', partnerId: 'p1' },
          { kind: 'guide_montre', guideIds: ['caf-prime'] },
        ],
        autonomy: 'entierement_accompagne',
      }),
      encounter({
        centreId: A,
        createdAt: at('10'),
        outingId: o2.id,
        profile: { sex: 'feminin', ageBand: '16_17', socialStatus: 'scolarise', firstTime: 'oui' },
        themes: ['scolarite_et_numerique'],
        institutions: ['educonnect'],
        actions: [{ kind: 'aide_sur_place' }],
        autonomy: 'autonome',
      }),
      encounter({
        centreId: A,
        createdAt: at('10'),
        outingId: o2.id,
        type: 'information',
        themes: ['aide_aux_demarches_administratives'],
        institutions: ['caf'],
        actions: [{ kind: 'orientation', redirectionKind: 'aide_sociale', partnerId: 'p2' }],
      }),
      encounter({
        centreId: A,
        createdAt: at('12'),
        type: 'collectif',
        participants: {
          count: 8,
          bySex: { feminin: 5, masculin: 2 },
          byAgeBand: { '55_59': 3, '70_plus': 2, '40_54': 1 },
        },
        themes: ['prendre_en_main_du_materiel'],
        actions: [{ kind: 'inscription_activite', activityId: 'act-1' }],
      }),
      encounter({
        centreId: A,
        createdAt: at('17'),
        outingId: o3.id,
        profile: { sex: 'non_communique', ageBand: '40_54', firstTime: 'oui' },
        themes: ['sante', 'aide_aux_demarches_administratives'],
        subThemes: ['social_sante'],
        institutions: ['ameli', 'caf'],
        actions: [
          { kind: 'orientation', redirectionKind: 'administration', partnerId: 'p1' },
          { kind: 'orientation', redirectionKind: 'operateur_ou_organisme_en_charge' },
          { kind: 'a_rappeler' },
        ],
        autonomy: 'partiellement_autonome',
      }),
      // 30 November 23:30 in Paris: November.
      encounter({ centreId: A, createdAt: '2026-11-30T22:30:00.000Z', themes: ['email'] }),
    ];
    for (const e of encounters) await insertRecord(server, 'encounter', e);
    // Not counted: October in Paris, another centre, a deleted record.
    await insertRecord(
      server,
      'encounter',
      encounter({
        centreId: A,
        createdAt: '2026-10-31T22:30:00.000Z',
        outingId: oOct.id,
        profile: { sex: 'feminin', ageBand: '18_24' },
        institutions: ['caf'],
      }),
    );
    await insertRecord(
      server,
      'encounter',
      encounter({ centreId: 'centre-b', createdAt: at('05'), institutions: ['caf'] }),
    );
    await insertRecord(
      server,
      'encounter',
      encounter({ centreId: A, createdAt: at('06'), institutions: ['caf'] }),
      { deleted: true },
    );
    await insertRecord(
      server,
      'encounter',
      encounter({
        centreId: 'centre-c',
        createdAt: at('07'),
        profile: { sex: 'masculin', ageBand: '18_24' },
      }),
    );

    const events: KioskEvent[] = [
      kiosk(A, at('04'), { event: 'open', guideId: 'caf-prime', language: 'fr' }),
      kiosk(A, at('04'), { event: 'step', guideId: 'caf-prime', language: 'fr' }),
      kiosk(A, at('04'), { event: 'complete', guideId: 'caf-prime', language: 'fr' }),
      kiosk(A, at('05'), { event: 'open', guideId: 'ameli-compte', language: 'ar' }),
      kiosk(A, at('05'), { event: 'open', guideId: 'caf-prime', language: 'en' }),
      kiosk(A, at('06'), { event: 'search_miss', language: 'fr' }),
      kiosk(A, at('06'), { event: 'search_hit', language: 'fr' }),
      kiosk(A, at('06'), { event: 'search_miss', language: 'ar' }),
      kiosk(A, at('07'), { event: 'read_aloud', guideId: 'ameli-compte', language: 'ar' }),
      kiosk(A, at('07'), { event: 'abandon', guideId: 'ameli-compte', language: 'ar' }),
      kiosk('centre-b', at('07'), { event: 'open', guideId: 'caf-prime', language: 'fr' }),
    ];
    for (const e of events) await insertRecord(server, 'kiosk_event', e);
    const surveys = [
      survey(at('08'), { utile: 5, nom_clair: 4 }),
      survey(at('08'), { utile: 4, fatigue: 2 }),
      survey(at('09'), { utile: 3, nom_clair: 5, fatigue: 1 }),
      survey(at('09'), { besoin_aide: 2 }),
      survey(at('09'), { besoin_aide: 2 }),
      survey(at('09'), { besoin_aide: 3 }),
    ];
    for (const s of surveys) await insertRecord(server, 'survey_response', s);

    coordA = await signIn(server, 'coord-a');
    figures = (await (await coordA.get('/figures?from=2026-11-01&to=2026-11-30')).json()) as Figures;
  });
  afterAll(() => server.close());

  it('counts accompaniments by type and the people reached', () => {
    // E1 E2 E3 E6 E7 individuel; E4 information; E5 collectif of 8.
    expect(figures.empty).toBe(false);
    expect(figures.accompaniments).toEqual({
      total: 7,
      individuel: 5,
      collectif: 1,
      collectifParticipants: 8,
      information: 1,
    });
    // 5 + 1 + 8 people; first time: E1, E3, E6.
    expect(figures.people).toEqual({ reached: 14, firstTime: 3 });
  });

  it('counts outings by place kind, QPV and neighbourhood with their encounters', () => {
    expect(figures.outings.total).toBe(4);
    expect(figures.outings.byPlaceKind).toEqual({
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
    expect(figures.outings.qpv).toEqual({ oui: 3, non: 1 });
    expect(figures.outings.byNeighbourhood).toEqual([
      { neighbourhood: 'Moulins', qpv: true, outings: 2, encounters: 2 },
      { neighbourhood: 'Wazemmes', qpv: true, outings: 1, encounters: 2 },
      { neighbourhood: 'Euralille', qpv: false, outings: 1, encounters: 1 },
    ]);
  });

  it('counts themes, démarche sub-themes and institutions once per encounter', () => {
    expect(figures.themes).toMatchObject({
      aide_aux_demarches_administratives: 4,
      email: 2,
      scolarite_et_numerique: 1,
      prendre_en_main_du_materiel: 1,
      sante: 1,
      bureautique: 0,
      diagnostic_numerique: 0,
    });
    expect(Object.values(figures.themes).reduce((a, b) => a + b, 0)).toBe(9);
    expect(figures.subThemes).toMatchObject({ social_sante: 2, argent_impots: 1, logement: 0 });
    expect(figures.institutions).toMatchObject({ caf: 3, impots: 1, educonnect: 1, ameli: 1, ants: 0 });
  });

  it('counts actions and re-orientations by redirection kind and partner', () => {
    expect(figures.actions).toEqual({
      aide_sur_place: 2,
      guide_montre: 1,
      orientation: 3,
      rdv_centre: 0,
      inscription_activite: 1,
      a_rappeler: 1,
    });
    expect(figures.orientations.total).toBe(4);
    expect(figures.orientations.byRedirectionKind).toEqual({
      administration: 2,
      mediation_numerique: 0,
      operateur_ou_organisme_en_charge: 1,
      aide_sociale: 1,
      insertion_professionnelle: 0,
      aide_aux_demarches_administratives: 0,
      autre: 0,
    });
    expect(figures.orientations.byPartner).toEqual([
      { partnerId: 'p1', name: 'Maison France Services Lille-Sud', count: 2 },
      { partnerId: 'p2', name: 'CCAS de Lille', count: 1 },
    ]);
  });

  it('counts the public by sex, fine age band, EU and La Coop bands, status and QPV', () => {
    const p = figures.profile;
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
    expect(figures.autonomy).toEqual({
      entierement_accompagne: 1,
      partiellement_autonome: 2,
      autonome: 1,
      non_communique: 3,
    });
  });

  it('counts kiosk use: guides opened and completed, languages, searches without result', () => {
    expect(figures.kiosk).toEqual({
      events: 10,
      guidesOpened: 3,
      guidesCompleted: 1,
      searches: 3,
      searchesWithoutResult: 2,
      readAloud: 1,
      languages: { fr: 1, en: 1, ar: 1 },
      byGuide: [
        // No content is published in this test: a guide no longer published has no title.
        {
          guideId: 'caf-prime',
          title: '',
          opened: 2,
          completed: 1,
          abandoned: 0,
          abandonByStep: [],
          helpRequests: 0,
        },
        // Abandoned on the 7th without a step reached: counted before step 1.
        {
          guideId: 'ameli-compte',
          title: '',
          opened: 1,
          completed: 0,
          abandoned: 1,
          abandonByStep: [{ step: 0, count: 1 }],
          helpRequests: 0,
        },
      ],
      guidesAbandoned: 1,
      helpRequests: 0,
      helpByPlace: [],
      interestByActivity: [],
      byWeekdayHour: figures.kiosk.byWeekdayHour,
    });
    // 3 openings and 3 searches are the uses (steps, read-aloud and abandons are parts of them).
    expect(figures.kiosk.byWeekdayHour.flat().reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('averages the survey per statement residents answered, and only those', () => {
    expect(figures.survey.responses).toBe(6);
    const of = (id: string) => figures.survey.byStatement.find((s) => s.statementId === id);
    expect(of('utile')).toEqual({ statementId: 'utile', average: 4, answers: 3, reversed: false });
    expect(of('nom_clair')).toEqual({ statementId: 'nom_clair', average: 4.5, answers: 2, reversed: false });
    // Nobody was asked « partager »: it is not shown as an empty row.
    expect(of('partager')).toBeUndefined();
    expect(figures.survey.byStatement.map((s) => s.statementId)).toEqual(
      ['utile', 'nom_clair', 'fatigue', 'besoin_aide'].sort((a, b) => order(a) - order(b)),
    );
  });

  it('scores a negative statement reversed, so a high score is always a good outcome', () => {
    const of = (id: string) => figures.survey.byStatement.find((s) => s.statementId === id);
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
    const caf = (await (await coordA.get('/reports/caf?from=2026-11-01&to=2026-11-30')).json()) as CafReport;
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
    const eu = (await (await coordA.get('/reports/eu?from=2026-11-01&to=2026-11-30')).json()) as EuReport;
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
    expect(t.profile.ageBand['18_24']).toBe(1);
    const onlyC = (await (
      await territory.get('/figures?from=2026-11-01&to=2026-11-30&centre=centre-c')
    ).json()) as Figures;
    expect(onlyC.accompaniments.total).toBe(1);
    const coordB = await signIn(server, 'coord-b');
    const b = (await (await coordB.get('/figures?from=2026-11-01&to=2026-11-30')).json()) as Figures;
    expect(b.accompaniments.total).toBe(1);
    expect(b.kiosk.guidesOpened).toBe(1);
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
    expect(oct.accompaniments.total).toBe(1);
    expect(oct.outings.total).toBe(1);
    expect(oct.outings.byNeighbourhood).toEqual([
      { neighbourhood: 'Fives', qpv: false, outings: 1, encounters: 1 },
    ]);
  });
});
