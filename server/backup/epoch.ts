// The database's epoch (DESIGN.md "Sync", restore): a random id in sync_meta, made by migration 011
// and replaced by every restore. Push and pull answers carry it; a tablet that sees it change
// knows the server lost what came after the backup, and pushes again every record it holds.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export async function readEpoch(db: Kysely<DB>): Promise<string> {
  const row = await db.selectFrom('sync_meta').select('value').where('key', '=', 'epoch').executeTakeFirst();
  return row?.value ?? '';
}

/** When the backup was taken (written into the copy by `borne backup`), or null. */
export async function readBackupTakenAt(db: Kysely<DB>): Promise<string | null> {
  const row = await db
    .selectFrom('sync_meta')
    .select('value')
    .where('key', '=', 'backup_taken_at')
    .executeTakeFirst();
  return row?.value ?? null;
}

export async function writeBackupTakenAt(db: Kysely<DB>, at: string): Promise<void> {
  await db
    .insertInto('sync_meta')
    .values({ key: 'backup_taken_at', value: at })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: at }))
    .execute();
}

/** Each tablet's lastSeq, read from a database before it is replaced (what it had acknowledged). */
export async function readDeviceSeqs(db: Kysely<DB>): Promise<Map<string, number>> {
  const rows = await db.selectFrom('devices').select(['id', 'last_seq']).execute();
  return new Map(rows.map((r) => [r.id, r.last_seq]));
}

/**
 * Gives a just-restored database its new epoch, in one transaction: the restore is recorded, and
 * each tablet the backup knows gets a row saying what the backup had of it (and what the replaced
 * database had, when it could still be read). Returns the new epoch.
 */
export async function startNewEpoch(
  db: Kysely<DB>,
  opts: { now: Date; seqBefore?: Map<string, number> },
): Promise<{ epoch: string; previousEpoch: string; backupTakenAt: string | null }> {
  const epoch = randomUUID();
  const previousEpoch = await readEpoch(db);
  const backupTakenAt = await readBackupTakenAt(db);
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sync_meta')
      .values({ key: 'epoch', value: epoch })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: epoch }))
      .execute();
    await trx.deleteFrom('sync_meta').where('key', '=', 'backup_taken_at').execute();
    await trx
      .insertInto('restores')
      .values({
        epoch,
        previous_epoch: previousEpoch || null,
        restored_at: opts.now.toISOString(),
        backup_taken_at: backupTakenAt,
      })
      .execute();
    const devices = await trx.selectFrom('devices').select(['id', 'centre_id', 'last_seq']).execute();
    for (const d of devices) {
      await trx
        .insertInto('restore_devices')
        .values({
          epoch,
          device_id: d.id,
          centre_id: d.centre_id,
          seq_in_backup: d.last_seq,
          seq_before: opts.seqBefore?.get(d.id) ?? null,
        })
        .execute();
    }
  });
  return { epoch, previousEpoch, backupTakenAt };
}
