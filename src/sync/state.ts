// What the sync engine remembers between runs, in the syncState table of the local database (so a
// pull's cursor is written in the same transaction as the page it belongs to, and every tab's
// status screen sees the same thing through a live query).
import type { BorneDatabase } from '../db/database';
import type { Resync } from '../shared/protocol';
import type { RecordEntity } from '../shared/records';
import type { Centre, ContentPointer } from '../shared/reference';
import type { SyncErrorKind } from './http';

export interface RejectedMutation {
  seq: number;
  entity: RecordEntity;
  recordId: string;
  /** The server's reason, as it said it. */
  reason: string;
  at: string;
}

export interface SyncProgress {
  phase: 'push' | 'pull';
  done: number;
  total: number;
}

export interface LastError {
  kind: SyncErrorKind;
  message?: string;
  at: string;
}

export interface SyncStateValues {
  /** Opaque pull cursor of the server. */
  'pull:cursor': string;
  /** The centre as last pulled; copied into the enrolment after each run. */
  'pull:centre': Centre;
  /** A pulled `wipe` command not carried out yet (kept so a crash cannot skip it). */
  'pull:wipe': { id: string; at: string };
  /** The published content bundle the server points to. */
  'content:pointer': ContentPointer;
  /** The etag of the last pointer whose bundle was fetched and stored (so it is fetched once). */
  'content:handled': string;
  lastSuccessAt: string;
  lastAttemptAt: string;
  lastError: LastError;
  progress: SyncProgress;
  rejected: RejectedMutation[];
  /** The protocol version the server refused with 426: nothing is pushed until the app updates. */
  protocolRefused: number;
  /** The server's epoch as last learnt (src/shared/protocol.ts « Restore »). */
  'server:epoch': string;
  /** The highest seq the server has acknowledged, so a restore can say what it had. */
  'push:ackedSeq': number;
  /** A re-push after a restore not yet acknowledged: sent with every push until it is. */
  resync: Resync;
  /** The server was restored: pull everything again (its change counter went back). */
  'pull:fromZero': boolean;
  /** The last restore this tablet saw, for the sync screen. */
  'restore:last': RestoreSeen;
}

export interface RestoreSeen {
  detectedAt: string;
  /** Records queued again. */
  queued: number;
  /** True once the server has acknowledged them all. */
  done: boolean;
}

export type SyncStateKey = keyof SyncStateValues;

export async function getState<K extends SyncStateKey>(
  db: BorneDatabase,
  key: K,
): Promise<SyncStateValues[K] | undefined> {
  const row = await db.syncState.get(key);
  return row?.value as SyncStateValues[K] | undefined;
}

export async function setState<K extends SyncStateKey>(
  db: BorneDatabase,
  key: K,
  value: SyncStateValues[K],
): Promise<void> {
  await db.syncState.put({ key, value });
}

export async function clearState(db: BorneDatabase, key: SyncStateKey): Promise<void> {
  await db.syncState.delete(key);
}

/** Keeps the list short: the status screen shows the latest reasons, the server keeps them all. */
export const MAX_REJECTED_KEPT = 200;
