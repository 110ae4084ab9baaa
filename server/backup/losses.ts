// What the last restore lost, per tablet, for the dashboard's tablets page (« Perdu par la
// restauration du … »): never silently. Per tablet: the changes the server had acknowledged after the
// backup (what the tablet says it had sent, or what the replaced database had), what came back from
// the tablet's re-push, the contacts that could not (their sealed box was gone from the tablet), and
// whether the tablet has come back at all since the restore.
import type { Kysely } from 'kysely';
import type { RestoreLoss } from '../../src/shared/dashboard-api/restore-loss';
import type { DB } from '../db/schema';

export async function lastRestoreLoss(db: Kysely<DB>, centreIds: string[]): Promise<RestoreLoss | null> {
  const restore = await db
    .selectFrom('restores')
    .selectAll()
    .orderBy('restored_at', 'desc')
    .executeTakeFirst();
  if (!restore || centreIds.length === 0) return null;
  const rows = await db
    .selectFrom('restore_devices')
    .innerJoin('devices', 'devices.id', 'restore_devices.device_id')
    .select([
      'restore_devices.device_id',
      'devices.name',
      'seq_in_backup',
      'seq_before',
      'acked_seq',
      'resynced_at',
      'returned',
      'lost_contacts',
      'devices.enrolled_at',
    ])
    .where('restore_devices.epoch', '=', restore.epoch)
    .where('restore_devices.centre_id', 'in', centreIds)
    .orderBy('devices.name')
    .execute();
  const tablets = rows.map((r) => {
    const known = r.acked_seq ?? r.seq_before;
    return {
      deviceId: r.device_id,
      name: r.name,
      sentAfterBackup: known === null ? null : Math.max(0, known - r.seq_in_backup),
      returned: r.returned,
      lostContacts: r.lost_contacts,
      cameBack: r.resynced_at !== null || r.acked_seq !== null,
      // Unknown to the restored base, enrolled again with a new code, then sent all it held.
      reEnrolled: r.enrolled_at > restore.restored_at,
    };
  });
  return { restoredAt: restore.restored_at, backupTakenAt: restore.backup_taken_at, tablets };
}
