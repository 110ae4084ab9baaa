// Mutations a push rejected, kept with their reason (DESIGN.md: nothing is silently dropped).
// A coordinator corrects one (the fixed record goes through the push's own validation) or
// dismisses it; either way the row stays, with its new status, for the record.
import type { Kysely } from 'kysely';
import type { QuarantineRow } from '../../../src/shared/dashboard-api/records';
import type { DB } from '../../db/schema';
import { inIds } from '../scope';

export const QUARANTINE_STATUSES = ['open', 'corrected', 'dismissed'] as const;

/** Quarantined rows of the caller's centres, with the tablet's name. */
function scopedQuarantine(db: Kysely<DB>, centreIds: string[]) {
  return db
    .selectFrom('quarantine')
    .leftJoin('devices', 'devices.id', 'quarantine.device_id')
    .leftJoin('restores', 'restores.epoch', 'quarantine.reason_epoch')
    .select([
      'quarantine.id',
      'quarantine.device_id',
      'devices.name as device_name',
      'quarantine.centre_id',
      'quarantine.seq',
      'quarantine.entity',
      'quarantine.payload',
      'quarantine.reason',
      'quarantine.reason_code',
      'restores.restored_at',
      'quarantine.received_at',
      'quarantine.status',
    ])
    .where((eb) => inIds(eb, 'quarantine.centre_id', centreIds));
}

export async function listQuarantine(db: Kysely<DB>, centreIds: string[], status: string) {
  if (!centreIds.length) return [];
  const rows = await scopedQuarantine(db, centreIds)
    .where('quarantine.status', '=', status)
    .orderBy('quarantine.received_at', 'desc')
    .orderBy('quarantine.id', 'desc')
    .execute();
  return rows.map(quarantineRow);
}

export async function getQuarantined(db: Kysely<DB>, id: number, centreIds: string[]) {
  if (!centreIds.length || !Number.isInteger(id)) return undefined;
  const row = await scopedQuarantine(db, centreIds).where('quarantine.id', '=', id).executeTakeFirst();
  return row ? quarantineRow(row) : undefined;
}

function parsePayload(payload: string): unknown {
  try {
    return JSON.parse(payload);
  } catch {
    return payload; // kept as text: what the tablet sent may not even be JSON
  }
}

function quarantineRow(r: {
  id: number;
  device_id: string;
  device_name: string | null;
  centre_id: string;
  seq: number;
  entity: string;
  payload: string;
  reason: string;
  reason_code: string | null;
  restored_at: string | null;
  received_at: string;
  status: string;
}): QuarantineRow {
  return {
    id: r.id,
    deviceId: r.device_id,
    deviceName: r.device_name,
    centreId: r.centre_id,
    seq: r.seq,
    entity: r.entity,
    record: parsePayload(r.payload),
    reason: r.reason,
    ...(r.reason_code === 'restore_lost' && r.restored_at
      ? { reasonCode: 'restore_lost' as const, restoredAt: r.restored_at }
      : {}),
    receivedAt: r.received_at,
    status: r.status as QuarantineRow['status'],
  };
}

export type { QuarantineRow };

/** Moves an open row to a final status; false when it was not open any more (a 409). */
export async function closeQuarantined(
  db: Kysely<DB>,
  id: number,
  status: 'corrected' | 'dismissed',
): Promise<boolean> {
  const result = await db
    .updateTable('quarantine')
    .set({ status })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
