// Saving a contact: the personal fields are sealed to the centre's public key before anything is
// written, so their clear text never reaches the database; only the consent (purposes, text
// version, time) and the retention date stay readable. A contact draft sealed while it was typed
// (drafts.ts) is saved with the box it already has: the tablet cannot open it to seal it again.
import { v7 as uuidv7 } from 'uuid';
import * as v from 'valibot';
import { seal } from '../crypto/seal';
import { writeWithOutbox } from '../db/outbox';
import { type Contact, ContactSchema, type SealedBox } from '../shared/records';
import { DEFAULT_CENTRE_SETTINGS } from '../shared/reference';
import type { ConsentPurpose } from '../shared/taxonomy';
import { type ContactForm, checkContactForm, personalFields } from './contact-form';
import { type AgentContext, FormError, newRecordBase } from './context';
import type { SealedContactDraft } from './drafts';
import { retentionUntil } from './retention';
import { inTransaction } from './transaction';

export async function saveContact(ctx: AgentContext, form: ContactForm): Promise<Contact> {
  const errors = checkContactForm(form);
  if (Object.keys(errors).length) throw new FormError(errors);
  return storeContact(ctx, await seal(personalFields(form), ctx.centre.publicKey), form.purposes);
}

/** Saves a contact draft sealed while it was typed, as it is (only a complete one). */
export async function saveSealedContactDraft(ctx: AgentContext, draft: SealedContactDraft): Promise<Contact> {
  if (!draft.complete || draft.purposes.length === 0)
    throw new FormError({ form: 'agent.contact.sealedDraft.incomplete' });
  return storeContact(ctx, draft.sealed, draft.purposes);
}

async function storeContact(
  ctx: AgentContext,
  sealed: SealedBox,
  purposes: readonly ConsentPurpose[],
): Promise<Contact> {
  // A volunteer never records a contact (src/shared/roles.ts); the server refuses it too.
  if (ctx.role === 'volunteer') throw new FormError({ form: 'agent.error.volunteerContact' });
  const now = ctx.now();
  const settings = ctx.centre.settings ?? DEFAULT_CENTRE_SETTINGS;
  const contact: Contact = {
    ...newRecordBase(ctx, uuidv7()),
    sealed,
    consentPurposes: [...purposes],
    consentTextVersion: settings.consentTextVersion || DEFAULT_CENTRE_SETTINGS.consentTextVersion,
    consentAt: now.toISOString(),
    retentionUntil: retentionUntil([...purposes], settings.retention, now),
  };
  const parsed = v.safeParse(ContactSchema, contact);
  if (!parsed.success) throw new FormError({ form: 'agent.error.invalid' });
  await inTransaction(ctx.db, [ctx.db.contacts], () =>
    writeWithOutbox(ctx.db, 'contact', 'upsert', parsed.output, now),
  );
  return parsed.output;
}
