// The open team session: who unlocked, and when the tablet was last touched. Kept with
// idb-keyval so a reload within the lock time keeps the worker in; past it, the PIN is asked
// again. Nothing secret is in it: the PIN itself is never stored.
import { signal } from '@preact/signals';
import { del, get, set } from 'idb-keyval';

export interface AgentSession {
  agentId: string;
  /** Epoch ms of the last touch. */
  lastActivityAt: number;
}

const KEY = 'agent:session';
/** Touches are written at most this often (a tap writes memory, not IndexedDB, each time). */
const PERSIST_EVERY_MS = 5_000;

export const session = signal<AgentSession | undefined>(undefined);
let persistedAt = 0;

export function isAlive(s: AgentSession | undefined, now: number, lockSeconds: number): boolean {
  return !!s && now - s.lastActivityAt < lockSeconds * 1000 && s.lastActivityAt <= now + 60_000;
}

/** Restores the session kept before a reload, if the lock time has not passed. */
export async function restoreSession(now: number, lockSeconds: number): Promise<AgentSession | undefined> {
  const stored = await get<AgentSession>(KEY).catch(() => undefined);
  if (isAlive(stored, now, lockSeconds)) session.value = stored;
  else {
    session.value = undefined;
    if (stored) await del(KEY);
  }
  return session.value;
}

export async function openSession(agentId: string, now: number): Promise<void> {
  session.value = { agentId, lastActivityAt: now };
  persistedAt = now;
  await set(KEY, session.value);
}

/** A touch: pushes the lock time back. */
export function touchSession(now: number): void {
  const s = session.value;
  if (!s) return;
  s.lastActivityAt = now;
  if (now - persistedAt >= PERSIST_EVERY_MS) {
    persistedAt = now;
    void set(KEY, { ...s });
  }
}

export async function closeSession(): Promise<void> {
  session.value = undefined;
  await del(KEY);
}
