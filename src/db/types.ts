// What the tablet keeps locally. Records are the shared types of src/shared/records.ts.
import type { RecordEntity } from '../shared/records';
import type { Activity, Agent, Partner } from '../shared/reference';

/** One change waiting to be pushed. `seq` is the device's own counter, never reused. */
export interface OutboxEntry {
  seq?: number;
  entity: RecordEntity;
  op: 'upsert' | 'delete';
  recordId: string;
  /** The record as it was when this change was made. */
  record: Record<string, unknown>;
  /** When the change was made (device clock), to tell the age of the oldest unsynced change. */
  queuedAt: string;
}

/**
 * A record deleted on this tablet (DESIGN.md "Sync", restore): the id and rev of the deletion only,
 * nothing of the content. Kept after the server acknowledged it, so that a restore from a backup
 * older than the deletion gets it again (src/sync/restore.ts) and the record stays deleted.
 */
export interface Tombstone {
  recordId: string;
  entity: RecordEntity;
  record: { id: string; rev: number };
  deletedAt: string;
}

/** A form being filled in, saved as the person types so nothing is lost. */
export interface Draft {
  key: string;
  value: unknown;
  updatedAt: string;
}

/** Key/value state of the sync engine (pull cursor, last success, last error…). */
export interface SyncStateRow {
  key: string;
  value: unknown;
}

/** A published content bundle kept offline (guides, glossary, synonyms). */
export interface StoredContentBundle {
  version: number;
  etag: string;
  bundle: unknown;
  storedAt: string;
}

export type LocalPartner = Partner;
export type LocalActivity = Activity;
export type LocalAgent = Agent;
