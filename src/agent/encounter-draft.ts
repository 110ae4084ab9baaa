// When « Nouvelle rencontre » (or « Modifier ») finds a form left unsaved, may it be given back as
// it was, or must the worker be asked? A draft is given back silently only when it is surely the
// same person's form, just interrupted (a reload, a look at today's screen): by the same agent,
// touched within the lock time, and not left behind by a lock or a hand-over to the kiosk. Any
// other draft is offered (« Reprendre la rencontre commencée à 10 h 12 ? ») and never merged.
import { get, set } from 'idb-keyval';

/** Who started a form and when; kept inside the draft. */
export interface DraftOrigin {
  startedAt: string;
  agentId: string;
}

/** Where the last time the team space was locked (or handed to the kiosk) is noted, beside the
 *  session (agent/session.ts), with idb-keyval. */
const LOCK_NOTE = 'agent:lastLock';

export async function noteLock(now: Date): Promise<void> {
  await set(LOCK_NOTE, now.toISOString());
}

export async function lastLockAt(): Promise<string | undefined> {
  return get<string>(LOCK_NOTE).catch(() => undefined);
}

export interface StoredDraftFacts {
  origin: DraftOrigin | undefined;
  /** When the draft was last saved. */
  updatedAt: string;
}

export function mustOfferDraft(
  draft: StoredDraftFacts,
  here: { agentId: string; now: Date; lockSeconds: number; lastLockAt: string | undefined },
): boolean {
  if (!draft.origin) return true; // a form of unknown origin is never merged silently
  if (draft.origin.agentId !== here.agentId) return true;
  if (here.lastLockAt && draft.updatedAt <= here.lastLockAt) return true;
  return here.now.getTime() - Date.parse(draft.updatedAt) > here.lockSeconds * 1000;
}
