// Drafts of the team forms, saved while typing (the views debounce) in the Dexie `drafts` table,
// so a reload, a crash, a service-worker update or a lock gives the form back as it was.
// A contact draft holds a resident's details in clear until the contact is sealed, so: it is
// deleted on save, on cancel and when the tablet goes to kiosk mode, and any older than twice the
// lock time is wiped (a forgotten form does not keep someone's phone number on the tablet).
import type { BorneDatabase } from '../db/database';

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

export async function deleteDraft(db: BorneDatabase, key: string): Promise<void> {
  await db.drafts.delete(key);
}

/** Deletes contact drafts last touched more than `maxAgeMs` ago (all of them with 0). */
export async function wipeContactDrafts(db: BorneDatabase, maxAgeMs: number, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - maxAgeMs).toISOString();
  return db.drafts
    .where('key')
    .startsWith(CONTACT_PREFIX)
    .filter((d) => maxAgeMs <= 0 || d.updatedAt < cutoff)
    .delete();
}
