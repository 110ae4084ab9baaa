import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { agent } from '../i18n/messages/agent';
import { setup } from '../i18n/messages/setup';
import { LIMITS } from './limits';
import { ContactPersonalSchema, EncounterSchema, OutingSchema } from './records';

// One number per field: the schemas refuse one character more than the limit, the forms are sized
// with the same constant, and the words that state a limit say that same number.
const base = {
  id: '0190a0a0-0000-7000-8000-000000000001',
  centreId: 'c',
  deviceId: 'd',
  agentId: 'a',
  createdAt: '2026-11-02T09:30:00.000Z',
  rev: 1,
};
const text = (n: number) => 'x'.repeat(n);
/** The number itself, not a longer one holding its digits (80 is not in « 800 »). */
const theNumber = (n: number) => new RegExp(`(?<!\\d)${n}(?!\\d)`);

describe('field limits', () => {
  it('an outing’s place texts: the limit passes, one more is refused', () => {
    const outing = (placeLabel: string) =>
      v.safeParse(OutingSchema, {
        ...base,
        placeKind: 'marche',
        placeLabel,
        neighbourhood: 'Wazemmes',
        qpv: true,
        startedAt: base.createdAt,
      }).success;
    expect(outing(text(LIMITS.placeText))).toBe(true);
    expect(outing(text(LIMITS.placeText + 1))).toBe(false);
  });

  it('an encounter’s note, and the words that count it', () => {
    const note = (n: number) =>
      v.safeParse(EncounterSchema, { ...base, type: 'information', themes: [], actions: [], note: text(n) })
        .success;
    expect(note(LIMITS.note)).toBe(true);
    expect(note(LIMITS.note + 1)).toBe(false);
    for (const lang of ['fr', 'en', 'ar'] as const) {
      expect(agent[lang]['agent.note.count']).toMatch(theNumber(LIMITS.note));
      expect(agent[lang]['agent.error.noteTooLong']).toMatch(theNumber(LIMITS.note));
    }
  });

  it('a contact’s name, phone and e-mail', () => {
    const personal = (over: Record<string, string>) =>
      v.safeParse(ContactPersonalSchema, {
        firstName: 'Nadia',
        language: 'fr',
        preferredChannel: 'sms',
        ...over,
      }).success;
    expect(personal({ firstName: text(LIMITS.name) })).toBe(true);
    expect(personal({ firstName: text(LIMITS.name + 1) })).toBe(false);
    expect(personal({ phone: text(LIMITS.phone + 1) })).toBe(false);
    expect(personal({ email: text(LIMITS.email + 1) })).toBe(false);
  });

  it('the tablet’s name says the limit the enrolment schema keeps', () => {
    expect(setup.fr['setup.error.name']).toMatch(theNumber(LIMITS.name));
  });
});
