// "Exporter les données en attente": the outbox written to a file a coordinator imports on the
// dashboard with the same idempotent rules as a push (format in src/sync/README.md). Contacts stay
// sealed: the file reveals no more than the tablet itself.
import type { BorneDatabase } from '../db/database';
import type { Enrolment } from '../device/enrolment';
import type { Mutation } from '../shared/protocol';
import { toMutation } from './batch';

export interface OutboxExport {
  format: 'borne-outbox';
  version: 1;
  deviceId: string;
  centreId: string;
  exportedAt: string;
  mutations: Mutation[];
}

export async function buildOutboxExport(
  db: BorneDatabase,
  enrolment: Pick<Enrolment, 'deviceId' | 'centre'>,
  now: Date,
): Promise<OutboxExport> {
  const entries = await db.outbox.orderBy(':id').toArray();
  return {
    format: 'borne-outbox',
    version: 1,
    deviceId: enrolment.deviceId,
    centreId: enrolment.centre.id,
    exportedAt: now.toISOString(),
    mutations: entries.map(toMutation),
  };
}

/** borne-en-attente-<device>-<date>.json, safe on every file system. */
export function exportFileName(exp: OutboxExport): string {
  const stamp = exp.exportedAt.replace(/[:.]/g, '-').slice(0, 19);
  return `borne-en-attente-${exp.deviceId.replace(/[^A-Za-z0-9_-]/g, '')}-${stamp}.json`;
}
