// The facts rule on hand-made records: each row below was written from the record by hand.
import { describe, expect, it } from 'vitest';
import type { Encounter, KioskEvent, Outing, SkillsCheck, SurveyResponse } from '../../src/shared/records';
import { extractFacts, type FactSource } from './extract';

const ID = '019a3000-0000-7000-8000-000000000001';
const base = {
  id: ID,
  centreId: 'c1',
  deviceId: 'd1',
  agentId: 'a1',
  createdAt: '2026-11-03T09:00:00.000Z',
  rev: 1,
};
const src = (entity: string, data: object, deleted = 0): FactSource => ({
  id: ID,
  entity,
  centre_id: 'c1',
  agent_id: 'a1',
  created_at: base.createdAt,
  deleted,
  data: data as Record<string, unknown>,
});
const keys = { record_id: ID, centre_id: 'c1', agent_id: 'a1', created_at: base.createdAt };
const valuesOf = (f: ReturnType<typeof extractFacts>, kind: string) =>
  f.record_values.filter((r) => r.kind === kind).map((r) => [r.value, r.n]);

describe('the facts rule', () => {
  it('gives an individual encounter its typed row, one value per distinct tag, its profile as one person', () => {
    const e: Encounter = {
      ...base,
      type: 'individuel',
      themes: ['diagnostic_numerique', 'diagnostic_numerique'],
      institutions: ['caf'],
      equipment: ['tablette_borne'],
      actions: [
        { kind: 'orientation', redirectionKind: 'administration', partnerId: 'p1' },
        { kind: 'orientation', redirectionKind: 'administration', partnerId: 'p1' },
        { kind: 'aide_sur_place' },
      ],
      profile: { sex: 'feminin', firstTime: 'oui', atHome: { smartphone: 'oui', internet: 'non' } },
      needs: ['mobilite', 'sante'],
      durationMin: 20,
      passId: undefined,
    };
    const f = extractFacts(src('encounter', e));
    expect(f.encounter_facts).toEqual([
      {
        ...keys,
        type: 'individuel',
        people: 1,
        participants: 0,
        duration_min: 20,
        sex: 'feminin',
        age_band: null,
        social_status: null,
        lives_in_qpv: null,
        first_time: 'oui',
        autonomy: null,
        outing_id: null,
        contact_id: null,
        pass_id: null,
      },
    ]);
    expect(valuesOf(f, 'theme')).toEqual([['diagnostic_numerique', 1]]);
    expect(valuesOf(f, 'need')).toEqual([
      ['mobilite', 1],
      ['sante', 1],
    ]);
    expect(valuesOf(f, 'at_home_smartphone')).toEqual([['oui', 1]]);
    expect(valuesOf(f, 'at_home_internet')).toEqual([['non', 1]]);
    expect(valuesOf(f, 'action')).toEqual([
      ['orientation', 1],
      ['aide_sur_place', 1],
    ]);
    // Each orientation action counts once: two to the same partner are 2.
    expect(valuesOf(f, 'orientation')).toEqual([['administration', 2]]);
    expect(valuesOf(f, 'orientation_partner')).toEqual([['p1', 2]]);
    expect(valuesOf(f, 'people_sex')).toEqual([['feminin', 1]]);
    expect(valuesOf(f, 'people_age')).toEqual([['non_communique', 1]]);
    expect(f.card_sightings).toEqual([]);
  });

  it('counts a collective session’s people by the counts given, the rest « non communiqué »', () => {
    const e: Encounter = {
      ...base,
      type: 'collectif',
      themes: [],
      actions: [],
      participants: { count: 6, bySex: { feminin: 4, masculin: 1 }, byAgeBand: { '25_39': 6 } },
    };
    const f = extractFacts(src('encounter', e));
    expect(f.encounter_facts[0]).toMatchObject({ people: 6, participants: 6, sex: null });
    expect(valuesOf(f, 'people_sex')).toEqual([
      ['feminin', 4],
      ['masculin', 1],
      ['non_communique', 1],
    ]);
    expect(valuesOf(f, 'people_age')).toEqual([['25_39', 6]]);
    expect(valuesOf(f, 'people_social')).toEqual([['non_communique', 6]]);
  });

  it('tags the needs beyond the digital and « À la maison » (issue 11), each need once', () => {
    const e: Encounter = {
      ...base,
      type: 'individuel',
      themes: ['email'],
      actions: [],
      needs: ['isolement', 'logement_bailleur', 'isolement'],
      profile: { atHome: { smartphone: 'oui', internet: 'non_communique' } },
    };
    const f = extractFacts(src('encounter', e));
    expect(valuesOf(f, 'need')).toEqual([
      ['isolement', 1],
      ['logement_bailleur', 1],
    ]);
    expect(valuesOf(f, 'at_home_smartphone')).toEqual([['oui', 1]]);
    expect(valuesOf(f, 'at_home_ordinateur')).toEqual([]); // not asked
    expect(valuesOf(f, 'at_home_internet')).toEqual([['non_communique', 1]]);
    // An encounter recorded before these fields existed has none of them.
    const old = extractFacts(src('encounter', { ...base, type: 'individuel', themes: [], actions: [] }));
    expect(old.record_values.filter((r) => r.kind === 'need' || r.kind.startsWith('at_home'))).toEqual([]);
  });

  it('caps an outing left open at 12 hours and keys its neighbourhood without case or spaces', () => {
    const o: Outing = {
      ...base,
      placeKind: 'marche',
      placeLabel: 'Marché',
      neighbourhood: ' Wazemmes ',
      qpv: true,
      startedAt: '2026-11-03T22:30:00.000Z',
      endedAt: '2026-11-05T08:00:00.000Z',
    };
    const [row] = extractFacts(src('outing', o)).outing_facts;
    expect(row).toMatchObject({
      start_day: '2026-11-03', // 23:30 in Paris
      duration_ms: 12 * 3_600_000,
      neighbourhood: 'Wazemmes',
      neighbourhood_key: 'wazemmes',
      qpv: 1,
    });
    expect(extractFacts(src('outing', { ...o, endedAt: undefined })).outing_facts[0]?.duration_ms).toBeNull();
  });

  it('places a kiosk event in its Paris weekday and hour', () => {
    const k: KioskEvent = {
      ...base,
      event: 'open',
      guideId: 'caf',
      language: 'fr',
      at: '2025-07-06T22:15:00Z',
    };
    expect(extractFacts(src('kiosk_event', k)).kiosk_facts[0]).toMatchObject({
      weekday: 0,
      hour: 0,
      guide_id: 'caf',
    });
  });

  it('scores survey answers so that 5 is always good, and keeps a card’s sightings and skills answers', () => {
    const s: SurveyResponse = {
      ...base,
      context: 'atelier',
      activityId: 'act1',
      answers: { utile: 4, besoin_aide: 2 },
      language: 'fr',
      learnt: ['email'],
    };
    const f = extractFacts(src('survey_response', s));
    expect(f.survey_facts[0]).toMatchObject({ context: 'atelier', activity_id: 'act1' });
    expect(valuesOf(f, 'survey_score')).toEqual([
      ['utile', 4],
      ['besoin_aide', 4], // « J’ai besoin d’aide » said 2: scored 6 − 2
    ]);
    expect(valuesOf(f, 'survey_learnt')).toEqual([['email', 1]]);
    const c: SkillsCheck = {
      ...base,
      passId: '0123456789ABCDEFGHJKMNPQRS',
      context: 'atelier',
      items: { email: 'seul', naviguer: 'pas_encore' },
      observed: ['email'],
    };
    const g = extractFacts(src('skills_check', c));
    expect(g.skill_answers.map((r) => [r.item, r.answer])).toEqual([
      ['email', 'seul'],
      ['naviguer', 'pas_encore'],
    ]);
    expect(valuesOf(g, 'skill_observed')).toEqual([['email', 1]]);
    expect(g.card_sightings).toEqual([
      {
        record_id: ID,
        entity: 'skills_check',
        centre_id: 'c1',
        created_at: base.createdAt,
        pass_id: c.passId,
        at: base.createdAt,
        at_day: '2026-11-03',
      },
    ]);
  });

  it('gives no facts for a deleted record, nor for a body it cannot read', () => {
    const e = { ...base, type: 'individuel', themes: ['diagnostic_numerique'], actions: [] };
    expect(extractFacts(src('encounter', e, 1)).encounter_facts).toEqual([]);
    expect(extractFacts(src('outing', { ...base, neighbourhood: 42 })).outing_facts).toEqual([]);
  });
});
