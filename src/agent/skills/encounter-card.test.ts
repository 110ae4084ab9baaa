import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { passIdFromBytes } from '../../shared/pass';
import { EncounterSchema } from '../../shared/records';
import {
  checkEncounterForm,
  emptyEncounterForm,
  encounterFromForm,
  formFromEncounter,
} from '../encounter-form';

const base = {
  id: '019a2274-8499-7543-9b37-b11574031008',
  centreId: 'arbrisseau',
  deviceId: 'dev-1',
  agentId: 'agent-1',
  createdAt: '2026-11-14T10:00:00.000Z',
  rev: 1,
};
const card = passIdFromBytes(new Uint8Array(16).fill(5));

describe('an encounter with the resident’s card', () => {
  it('carries the card the worker attached, and gives it back to the form', () => {
    const form = { ...emptyEncounterForm(), themes: ['email' as const], passId: card };
    expect(checkEncounterForm(form, undefined)).toEqual({});
    const record = encounterFromForm(form, base);
    expect(v.safeParse(EncounterSchema, record).success).toBe(true);
    expect(record.passId).toBe(card);
    expect(formFromEncounter(record).passId).toBe(card);
    expect(encounterFromForm({ ...form, passId: undefined }, base)).not.toHaveProperty('passId');
  });

  it('never goes with a contact: the form says so beside the card', () => {
    const form = {
      ...emptyEncounterForm(),
      themes: ['email' as const],
      passId: card,
      contactId: '019a2274-1111-7543-9b37-b11574031008',
    };
    expect(checkEncounterForm(form, { consentPurposes: ['rappel'] })).toEqual({
      card: 'skills.card.withContact',
    });
  });
});
