import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { EncounterSchema } from '../shared/records';
import {
  checkEncounterForm,
  type EncounterForm,
  emptyEncounterForm,
  encounterFromForm,
  formFromEncounter,
} from './encounter-form';

const base = {
  id: '019a2274-8499-7543-9b37-b11574031008',
  centreId: 'arbrisseau',
  deviceId: 'dev-1',
  agentId: 'agent-1',
  createdAt: '2026-11-14T10:00:00.000Z',
  rev: 1,
  outingId: '019a2274-0000-7543-9b37-b11574031008',
};

function form(patch: Partial<EncounterForm>): EncounterForm {
  return { ...emptyEncounterForm(), ...patch };
}

describe('encounter form', () => {
  it('starts as the common case: one person, helped on the spot', () => {
    const f = emptyEncounterForm();
    expect(f.type).toBe('individuel');
    expect(f.actions).toEqual(['aide_sur_place']);
  });

  it('turns the common case into a valid record', () => {
    const f = form({ themes: ['email'], autonomy: 'partiellement_autonome', durationMin: 15 });
    expect(checkEncounterForm(f, undefined)).toEqual({});
    const record = encounterFromForm(f, base);
    expect(v.safeParse(EncounterSchema, record).success).toBe(true);
    expect(record).toMatchObject({
      type: 'individuel',
      themes: ['email'],
      actions: [{ kind: 'aide_sur_place' }],
    });
    expect(record).not.toHaveProperty('profile');
    expect(record).not.toHaveProperty('note');
  });

  it('asks for a theme, a group size, a redirection kind, a guide and an activity when needed', () => {
    const f = form({
      type: 'collectif',
      actions: ['orientation', 'guide_montre', 'inscription_activite'],
    });
    expect(checkEncounterForm(f, undefined)).toEqual({
      themes: 'agent.error.themeRequired',
      participants: 'agent.error.participantsRequired',
      orientation: 'agent.error.redirectionRequired',
      guides: 'agent.error.guideRequired',
      activities: 'agent.error.activityRequired',
    });
  });

  it('allows a sign-up only with a contact who agreed to hear about activities', () => {
    const f = form({ themes: ['email'], actions: ['inscription_activite'], activityIds: ['act-1'] });
    expect(checkEncounterForm(f, undefined).activities).toBe('agent.error.signupNeedsContact');
    expect(checkEncounterForm(f, { consentPurposes: ['rappel'] }).activities).toBe(
      'agent.error.signupNeedsContact',
    );
    expect(checkEncounterForm(f, { consentPurposes: ['rappel', 'info_activites'] })).toEqual({});
  });

  it('keeps a group’s counts, drops the profile of a group and empty counts', () => {
    const f = form({
      type: 'collectif',
      themes: ['sante'],
      participants: { count: 6, bySex: { feminin: 4, masculin: 0 }, byAgeBand: {} },
      profile: { sex: 'feminin' },
    });
    const record = encounterFromForm(f, base);
    expect(record.participants).toEqual({ count: 6, bySex: { feminin: 4 } });
    expect(record).not.toHaveProperty('profile');
    expect(v.safeParse(EncounterSchema, record).success).toBe(true);
  });

  it('writes every detail and reads it back unchanged', () => {
    const f = form({
      profile: { sex: 'non_communique', ageBand: '60_69', livesInQpv: 'oui', firstTime: 'non' },
      themes: ['aide_aux_demarches_administratives', 'email'],
      subThemes: ['logement'],
      institutions: ['caf'],
      equipment: ['telephone_personne'],
      actions: ['aide_sur_place', 'guide_montre', 'orientation', 'inscription_activite', 'a_rappeler'],
      guideIds: ['caf-attestation'],
      redirectionKind: 'aide_sociale',
      partnerId: 'p-1',
      activityIds: ['act-1', 'act-2'],
      autonomy: 'autonome',
      durationMin: 45,
      note: '  Revenir mardi  ',
      contactId: '019a2274-1111-7543-9b37-b11574031008',
    });
    const record = encounterFromForm(f, base);
    expect(v.safeParse(EncounterSchema, record).success).toBe(true);
    expect(record.note).toBe('Revenir mardi');
    expect(record.actions.filter((a) => a.kind === 'inscription_activite')).toHaveLength(2);
    expect(formFromEncounter(record)).toEqual({ ...f, note: 'Revenir mardi' });
  });

  it('records the needs beyond the digital and « À la maison », and nothing when none was said', () => {
    const f = form({
      themes: ['email'],
      needs: ['logement_bailleur', 'isolement'],
      profile: { ageBand: '70_plus', atHome: { smartphone: 'oui', ordinateur: 'non', internet: undefined } },
    });
    const record = encounterFromForm(f, base);
    expect(v.safeParse(EncounterSchema, record).success).toBe(true);
    expect(record.needs).toEqual(['logement_bailleur', 'isolement']);
    expect(record.profile).toEqual({ ageBand: '70_plus', atHome: { smartphone: 'oui', ordinateur: 'non' } });
    expect(formFromEncounter(record).needs).toEqual(['logement_bailleur', 'isolement']);
    expect(formFromEncounter(record).profile.atHome).toEqual({ smartphone: 'oui', ordinateur: 'non' });

    const plain = encounterFromForm(form({ themes: ['email'], profile: { atHome: {} } }), base);
    expect(plain).not.toHaveProperty('needs');
    expect(plain).not.toHaveProperty('profile');
  });

  it('reads a draft saved before the needs existed as having none', () => {
    const old = { ...form({ themes: ['email'] }) } as Partial<EncounterForm>;
    delete old.needs;
    const record = encounterFromForm(old as EncounterForm, base);
    expect(record).not.toHaveProperty('needs');
    expect(v.safeParse(EncounterSchema, record).success).toBe(true);
  });

  it('refuses a need or an « À la maison » answer no list knows', () => {
    const record = encounterFromForm(form({ themes: ['email'] }), base);
    expect(v.safeParse(EncounterSchema, { ...record, needs: ['argent'] }).success).toBe(false);
    expect(
      v.safeParse(EncounterSchema, { ...record, profile: { atHome: { smartphone: 'peut-etre' } } }).success,
    ).toBe(false);
    expect(
      v.safeParse(EncounterSchema, { ...record, profile: { atHome: { tablette: 'oui' } } }).success,
    ).toBe(false);
  });

  it('leaves out the outing when there is none', () => {
    const record = encounterFromForm(form({ themes: ['email'] }), { ...base, outingId: undefined });
    expect(record).not.toHaveProperty('outingId');
    expect(v.safeParse(EncounterSchema, record).success).toBe(true);
  });
});
