// Saving a contact: the personal fields are sealed to the centre's public key before anything is
// written, so their clear text never reaches the database; only the consent (purposes, text
// version, time) and the retention date stay readable.
import { v7 as uuidv7 } from 'uuid';
import * as v from 'valibot';
import { seal } from '../crypto/seal';
import { writeWithOutbox } from '../db/outbox';
import { type Contact, ContactSchema } from '../shared/records';
import { DEFAULT_CENTRE_SETTINGS } from '../shared/reference';
import { type ContactForm, checkContactForm, personalFields } from './contact-form';
import { type AgentContext, FormError, newRecordBase } from './context';
import { retentionUntil } from './retention';
import { inTransaction } from './transaction';

export async function saveContact(ctx: AgentContext, form: ContactForm): Promise<Contact> {
  const errors = checkContactForm(form);
  if (Object.keys(errors).length) throw new FormError(errors);
  const now = ctx.now();
  const settings = ctx.centre.settings ?? DEFAULT_CENTRE_SETTINGS;
  const contact: Contact = {
    ...newRecordBase(ctx, uuidv7()),
    sealed: await seal(personalFields(form), ctx.centre.publicKey),
    consentPurposes: [...form.purposes],
    consentTextVersion: settings.consentTextVersion || DEFAULT_CENTRE_SETTINGS.consentTextVersion,
    consentAt: now.toISOString(),
    retentionUntil: retentionUntil(form.purposes, settings.retention, now),
  };
  const parsed = v.safeParse(ContactSchema, contact);
  if (!parsed.success) throw new FormError({ form: 'agent.error.invalid' });
  await inTransaction(ctx.db, [ctx.db.contacts], () =>
    writeWithOutbox(ctx.db, 'contact', 'upsert', parsed.output, now),
  );
  return parsed.output;
}
