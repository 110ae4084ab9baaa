import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSealed } from '../crypto/seal';
import { type ContactForm, checkContactForm, emptyContactForm } from './contact-form';
import { saveContact } from './contacts';
import { FormError } from './context';
import { testContext } from './test-support/context';

let t: Awaited<ReturnType<typeof testContext>>;
beforeEach(async () => {
  t = await testContext();
});
afterEach(() => t.dispose());

const filled = (): ContactForm => ({
  ...emptyContactForm('ar'),
  purposes: ['rappel', 'info_activites'],
  firstName: ' Nadia ',
  lastName: 'Benali',
  phone: '06 12 34 56 78',
  email: '',
  channel: 'telephone',
});

describe('contact form checks', () => {
  it('needs a consent, a first name, a way to reach the person and a channel', () => {
    expect(checkContactForm(emptyContactForm('fr'))).toEqual({
      purposes: 'agent.contact.error.consent',
      firstName: 'agent.contact.error.firstName',
      phone: 'agent.contact.error.reachable',
      channel: 'agent.contact.error.channel',
    });
  });

  it('puts each problem beside its field: bad phone, bad e-mail, SMS to a landline', () => {
    expect(checkContactForm({ ...filled(), phone: '06 12 34' }).phone).toBe('agent.contact.error.phone');
    expect(checkContactForm({ ...filled(), email: 'nadia@gmail' }).email).toBe('agent.contact.error.email');
    expect(checkContactForm({ ...filled(), channel: 'sms', phone: '03 20 12 34 56' }).phone).toBe(
      'agent.contact.error.mobileRequired',
    );
    expect(checkContactForm({ ...filled(), channel: 'email' }).email).toBe(
      'agent.contact.error.emailRequired',
    );
    expect(checkContactForm(filled())).toEqual({});
  });
});

describe('the announcement of the borne in a neighbourhood', () => {
  const announced = (): ContactForm => ({ ...filled(), purposes: ['annonces_permanences'] });

  it('needs the neighbourhood and a mobile, as it comes by SMS', () => {
    expect(checkContactForm(announced()).neighbourhood).toBe('agent.contact.error.neighbourhood');
    expect(checkContactForm({ ...announced(), neighbourhood: '  ' }).neighbourhood).toBe(
      'agent.contact.error.neighbourhood',
    );
    expect(checkContactForm({ ...announced(), neighbourhood: 'Fives', phone: '03 20 12 34 56' }).phone).toBe(
      'agent.contact.error.mobileRequired',
    );
    expect(checkContactForm({ ...announced(), neighbourhood: 'x'.repeat(121) }).neighbourhood).toBe(
      'agent.error.tooLong',
    );
    expect(checkContactForm({ ...announced(), neighbourhood: 'Fives' })).toEqual({});
  });

  it('seals the neighbourhood with the contact, and keeps none without that consent', async () => {
    const withIt = await saveContact(t.ctx, { ...announced(), neighbourhood: ' Fives ' });
    const without = await saveContact(t.ctx, { ...filled(), neighbourhood: 'Fives' });
    expect(JSON.stringify(await t.db.contacts.toArray())).not.toContain('Fives');
    expect(withIt.consentPurposes).toEqual(['annonces_permanences']);
    expect(await openSealed(withIt.sealed!, t.privateKey)).toMatchObject({ neighbourhood: 'Fives' });
    expect(await openSealed(without.sealed!, t.privateKey)).not.toHaveProperty('neighbourhood');
  });
});

describe('saving a contact', () => {
  it('seals the personal fields: the database holds no name or phone, the centre key opens them', async () => {
    const contact = await saveContact(t.ctx, filled());
    const everything = JSON.stringify({
      contacts: await t.db.contacts.toArray(),
      outbox: await t.db.outbox.toArray(),
    });
    expect(everything).not.toMatch(/Nadia|Benali|612345678|12 34 56 78/);
    const stored = await t.db.contacts.get(contact.id);
    expect(stored?.sealed).toBeDefined();
    expect(await openSealed(stored!.sealed!, t.privateKey)).toEqual({
      firstName: 'Nadia',
      lastName: 'Benali',
      phone: '+33612345678',
      language: 'ar',
      preferredChannel: 'telephone',
    });
    expect(await t.db.outbox.where('recordId').equals(contact.id).count()).toBe(1);
  });

  it('records the consent: purposes, text version, time, and the retention date of the longest purpose', async () => {
    const contact = await saveContact(t.ctx, filled());
    expect(contact).toMatchObject({
      consentPurposes: ['rappel', 'info_activites'],
      consentTextVersion: '2026-11',
      consentAt: '2026-11-14T10:00:00.000Z',
      retentionUntil: '2028-11-14T10:00:00.000Z',
    });
    const callBack = await saveContact(t.ctx, { ...filled(), purposes: ['rappel'] });
    expect(callBack.retentionUntil).toBe('2027-02-14T10:00:00.000Z');
  });

  it('saves nothing when a field is wrong', async () => {
    await expect(saveContact(t.ctx, { ...filled(), phone: '12' })).rejects.toBeInstanceOf(FormError);
    expect(await t.db.contacts.count()).toBe(0);
    expect(await t.db.outbox.count()).toBe(0);
  });
});
