// The small month the figures are hand-counted from (figures-hand-count.test.ts): partners,
// five outings, seven counted encounters and four that must not count, kiosk events, surveys.
// The comments say what each record adds to the hand count; change one and the count changes.
import type { KioskEvent, SurveyResponse } from '../../src/shared/records';
import { newId } from '../services/ids';
import type { TestServer } from './databases';
import { AGENT, DEVICE, encounter, insertRecord, outing } from './records';

const A = 'centre-a';

function kiosk(
  centreId: string,
  createdAt: string,
  e: Pick<KioskEvent, 'event' | 'language'> & { guideId?: string },
): KioskEvent {
  return { id: newId(), centreId, deviceId: DEVICE, agentId: AGENT, createdAt, rev: 1, at: createdAt, ...e };
}

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

/** Inserts the month into a server already seeded with seedCentres (centres A, B, C). */
export async function seedHandCountMonth(server: TestServer): Promise<void> {
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
}
