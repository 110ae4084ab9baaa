// Drafts of the team forms, saved while typing (the views debounce) in the Dexie `drafts` table,
// so a reload, a crash, a service-worker update or a lock gives the form back as it was.
// The contact form is the exception to "as it was": no personal field typed into the tablet is
// ever written to its storage in clear (DESIGN.md "Non-negotiables"), so each autosave of a
// contact draft seals the names, phone and e-mail to the centre key first (saveContactDraft). The
// tablet cannot read them back: after a reload the form says a contact was being typed and is now
// sealed, and offers to save it as it is or to delete it. Forgetting an encounter form forgets
// the contact draft opened from it, so a sealed draft is never linked to someone else's encounter.
import { type PublicJwk, seal } from '../crypto/seal';
import type { BorneDatabase } from '../db/database';
import type { SealedBox } from '../shared/records';
import type { ConsentPurpose } from '../shared/taxonomy';
import { type ContactForm, checkContactForm, personalFields } from './contact-form';

export const draftKeys = {
  outing: (agentId: string) => `outing:${agentId}`,
  newEncounter: (agentId: string) => `encounter:new:${agentId}`,
  editEncounter: (id: string) => `encounter:${id}`,
  /** The contact form opened from an encounter form (keyed by that form's draft). */
  contact: (encounterDraftKey: string) => `contact:${encounterDraftKey}`,
};

const CONTACT_PREFIX = 'contact:';

export async function loadDraft<T>(db: BorneDatabase, key: string): Promise<T | undefined> {
  return (await db.drafts.get(key))?.value as T | undefined;
}

export async function saveDraft(db: BorneDatabase, key: string, value: unknown, now: Date): Promise<void> {
  await db.drafts.put({ key, value, updatedAt: now.toISOString() });
}

/** Forgets a draft, and the contact draft opened from it if there is one. */
export async function deleteDraft(db: BorneDatabase, key: string): Promise<void> {
  await db.drafts.bulkDelete(key.startsWith(CONTACT_PREFIX) ? [key] : [key, draftKeys.contact(key)]);
}

/** A contact form's draft once something personal was typed: only the consent stays readable. */
export interface SealedContactDraft {
  sealedContactDraft: 1;
  purposes: ConsentPurpose[];
  /** The typed personal fields (as saveContact seals them when `complete`), sealed to the centre. */
  sealed: SealedBox;
  /** The whole form passed its checks when it was sealed: it can be saved as it is. */
  complete: boolean;
}

/** What a contact draft gives back: a form with nothing personal in it, or a sealed draft. */
export type RestoredContactDraft =
  | { kind: 'form'; form: ContactForm }
  | { kind: 'sealed'; draft: SealedContactDraft };

export function isSealedContactDraft(value: unknown): value is SealedContactDraft {
  return (value as SealedContactDraft | null)?.sealedContactDraft === 1;
}

/** True when a name, phone or e-mail has been typed. */
export function hasPersonalText(form: ContactForm): boolean {
  return [form.firstName, form.lastName, form.phone, form.email].some((s) => s.trim() !== '');
}

/**
 * Saves the contact form's draft. A form with nothing personal typed is kept as it is; otherwise
 * the personal fields are sealed before anything is written, and only the consent stays readable.
 */
export async function saveContactDraft(
  db: BorneDatabase,
  key: string,
  form: ContactForm,
  centreKey: PublicJwk,
  now: Date,
): Promise<void> {
  if (!hasPersonalText(form)) return saveDraft(db, key, form, now);
  const complete = Object.keys(checkContactForm(form)).length === 0;
  const typed = complete
    ? personalFields(form)
    : {
        firstName: form.firstName,
        lastName: form.lastName,
        phone: form.phone,
        email: form.email,
        language: form.language,
        preferredChannel: form.channel,
      };
  const draft: SealedContactDraft = {
    sealedContactDraft: 1,
    purposes: [...form.purposes],
    sealed: await seal(typed, centreKey),
    complete,
  };
  await saveDraft(db, key, draft, now);
}

/**
 * The stored contact draft, if any. A draft that an older version wrote in clear is sealed on the
 * spot (and its clear row replaced), so it is never shown or kept in clear again.
 */
export async function loadContactDraft(
  db: BorneDatabase,
  key: string,
  centreKey: PublicJwk,
  now: Date,
): Promise<RestoredContactDraft | undefined> {
  const value = await loadDraft<ContactForm | SealedContactDraft>(db, key);
  if (value === undefined) return undefined;
  if (isSealedContactDraft(value)) return { kind: 'sealed', draft: value };
  if (!hasPersonalText(value)) return { kind: 'form', form: value };
  await saveContactDraft(db, key, value, centreKey, now);
  return { kind: 'sealed', draft: (await loadDraft<SealedContactDraft>(db, key))! };
}

/**
 * Deletes contact drafts that hold personal fields in clear (only an older version wrote them)
 * last touched more than `maxAgeMs` ago (all of them with 0). Sealed drafts stay: they reveal
 * nothing, and they keep what was typed.
 */
export async function wipeContactDrafts(db: BorneDatabase, maxAgeMs: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - maxAgeMs).toISOString();
  return db.drafts
    .where('key')
    .startsWith(CONTACT_PREFIX)
    .filter((d) => !isSealedContactDraft(d.value) && (maxAgeMs <= 0 || d.updatedAt < cutoff))
    .delete();
}
