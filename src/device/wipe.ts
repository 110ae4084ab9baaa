// A revoked tablet (403 device_revoked) or a pulled `wipe` command erases everything local:
// records, outbox, reference data (the Dexie database), the enrolment and settings (idb-keyval),
// cached responses and web storage. Runs in the page or in the sync worker (no DOM globals).
// Only a note of why remains, so the setup screen can say what happened.
import { clear, del, get, set } from 'idb-keyval';
import { deleteLocalDatabase } from '../db/database';
import { clock } from '../platform/clock';

export type WipeReason = 'revoked' | 'wipe_command';

export interface WipeNote {
  reason: WipeReason;
  at: string;
}

const NOTE_KEY = 'device:wiped';

/** The app shell's precache holds no personal data and keeps the tablet usable offline. */
function isAppShellCache(name: string): boolean {
  return name.startsWith('workbox-precache');
}

export async function wipeDevice(reason: WipeReason, now: Date = clock.now()): Promise<void> {
  await deleteLocalDatabase();
  // Everything in the key-value store: enrolment and token, device settings, other modules' keys.
  await clear();
  if (typeof caches !== 'undefined') {
    for (const name of await caches.keys()) if (!isAppShellCache(name)) await caches.delete(name);
  }
  const web = globalThis as { localStorage?: { clear(): void }; sessionStorage?: { clear(): void } };
  web.localStorage?.clear();
  web.sessionStorage?.clear();
  await set(NOTE_KEY, { reason, at: now.toISOString() } satisfies WipeNote);
}

/** Why the tablet was last wiped, until it is enrolled again. */
export function getWipeNote(): Promise<WipeNote | undefined> {
  return get<WipeNote>(NOTE_KEY);
}

export async function clearWipeNote(): Promise<void> {
  await del(NOTE_KEY);
}
