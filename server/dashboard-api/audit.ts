// The audit log: who did what, when, on which record — every opening of personal data included.
// The detail never holds personal data itself (no names, phones or e-mails).
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../db/schema';

export interface AuditEntry {
  userId: string | null;
  action: string;
  recordId?: string | null;
  centreId?: string | null;
  detail?: Record<string, unknown>;
}

export async function writeAudit(
  db: Kysely<DB> | Transaction<DB>,
  entry: AuditEntry,
  now: Date,
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: now.toISOString(),
      user_id: entry.userId,
      action: entry.action,
      record_id: entry.recordId ?? null,
      centre_id: entry.centreId ?? null,
      detail: entry.detail ? JSON.stringify(entry.detail) : null,
    })
    .execute();
}
