// A volunteer (« bénévole / habitant-relais ») records anonymous encounters only: the tablet refuses
// a contact, a call back or a sign-up from them before anything is written (the server does too).
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyContactForm } from './contact-form';
import { saveContact } from './contacts';
import { FormError } from './context';
import { type EncounterForm, emptyEncounterForm } from './encounter-form';
import { saveEncounter } from './encounters';
import { testContext } from './test-support/context';

let t: Awaited<ReturnType<typeof testContext>>;
beforeEach(async () => {
  t = await testContext();
  t.ctx.role = 'volunteer';
});
afterEach(() => t.dispose());

const anonymous = (): EncounterForm => ({
  ...emptyEncounterForm(),
  themes: ['email'],
  autonomy: 'autonome',
  durationMin: 15,
});

describe('a volunteer on the tablet', () => {
  it('records an anonymous encounter', async () => {
    const e = await saveEncounter(t.ctx, anonymous());
    expect(e.contactId).toBeUndefined();
    expect(await t.db.encounters.count()).toBe(1);
  });

  it('cannot ask for a call back: nothing is written', async () => {
    await expect(saveEncounter(t.ctx, { ...anonymous(), actions: ['a_rappeler'] })).rejects.toMatchObject({
      fields: { form: 'agent.error.volunteerContact' },
    });
    expect(await t.db.encounters.count()).toBe(0);
    expect(await t.db.outbox.count()).toBe(0);
  });

  it('cannot save a contact: nothing is written', async () => {
    const form = {
      ...emptyContactForm('fr'),
      purposes: ['rappel' as const],
      firstName: 'Nadia',
      phone: '06 12 34 56 78',
      channel: 'telephone' as const,
    };
    await expect(saveContact(t.ctx, form)).rejects.toBeInstanceOf(FormError);
    expect(await t.db.contacts.count()).toBe(0);
    expect(await t.db.outbox.count()).toBe(0);
  });
});
