// The server side of a tablet's re-push after a restore (src/shared/protocol.ts « Restore »). The
// rules: a push under an older epoch is not applied (the answer says the new one); a push carrying
// `resync` for the current epoch moves the tablet's lastSeq up to just before its first seq, once per
// restore, and only at its first push of mutations; what comes back and the contacts that cannot
// (their sealed box was deleted from the tablet after the acknowledgement) are counted per tablet
// for the dashboard (restore_devices). Records keep their ids and revs, so the push's own rules
// (highest rev wins, one row per id) make a duplicate impossible.
import type { Insertable, Kysely, Transaction } from 'kysely';
import type { Mutation, PushResult, Resync } from '../../src/shared/protocol';
import type { DB } from '../db/schema';

type Trx = Transaction<DB>;

/**
 * The 409 of a push that skips seqs after a restore this tablet has not caught up with — an older
 * app sends no epoch, so it never learnt of the restore. Its words are for the person: that app
 * keeps its outbox on a 409 and says « exportez les données en attente » (nothing is deleted);
 * updated, the app reads `epoch` in the answer and sends everything again (src/sync/push.ts).
 */
export const RESTORED_GAP_MESSAGE =
  'Le serveur du centre a été restauré depuis une sauvegarde : mettez à jour l’application de la tablette (fermez-la puis rouvrez-la avec le réseau), elle renverra alors tout ce qu’elle contient. Rien n’est perdu : les envois en attente restent sur la tablette.';

/** True when the current epoch comes from a restore and this tablet has not re-pushed since. */
export async function awaitsResync(db: Kysely<DB>, deviceId: string, epoch: string): Promise<boolean> {
  const restore = await db
    .selectFrom('restores')
    .select('epoch')
    .where('epoch', '=', epoch)
    .executeTakeFirst();
  if (!restore) return false;
  const row = await db
    .selectFrom('restore_devices')
    .select('resynced_at')
    .where('epoch', '=', epoch)
    .where('device_id', '=', deviceId)
    .executeTakeFirst();
  return !row?.resynced_at;
}

export interface PushHooks {
  /** In the push's transaction, with the tablet's locked lastSeq: the lastSeq to check seqs against. */
  startAt(trx: Trx, lastSeq: number, mutations: Mutation[]): Promise<number>;
  /** In the same transaction, once every mutation has its result. */
  done(
    trx: Trx,
    outcome: {
      fresh: Mutation[];
      results: Map<number, PushResult>;
      /** The push's quarantine rows, not written yet: a lost contact's reason is put in words here. */
      quarantine: Insertable<DB['quarantine']>[];
      wasStored: (id: string) => boolean;
    },
  ): Promise<void>;
}

const LONG_DATE = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });

/** The reason of a contact lost by a restore, in French (the dashboard words it in each language
 *  from `reason_code` and the restore's dates, src/dashboard/pages/Quarantine.tsx). */
export function restoreLostReason(restoredAt: string, backupTakenAt: string | null): string {
  const backup = backupTakenAt
    ? ` (le serveur est revenu à sa sauvegarde du ${LONG_DATE.format(new Date(backupTakenAt))})`
    : '';
  return `Contact perdu par la restauration du ${LONG_DATE.format(new Date(restoredAt))}${backup} : la tablette avait déjà effacé ses coordonnées chiffrées après les avoir envoyées. Redemandez-les à la personne et enregistrez-la de nouveau sur la tablette.`;
}

/** The contact the tablet re-pushed without its sealed box, which the restored server never had. */
function lostContact(
  m: Mutation,
  result: PushResult | undefined,
  wasStored: (id: string) => boolean,
): boolean {
  return (
    m.entity === 'contact' &&
    result?.status === 'rejected' &&
    !(m.record as { sealed?: unknown }).sealed &&
    !wasStored(String(m.record.id))
  );
}

/** Hooks for a push carrying `resync`, or undefined when it names no restore of this server. */
export function resyncHooks(
  device: { id: string; centre_id: string },
  resync: Resync,
  epoch: string,
  now: Date,
): PushHooks | undefined {
  if (resync.epoch !== epoch) return undefined;
  return {
    async startAt(tx, lastSeq, mutations) {
      const row = await tx
        .selectFrom('restore_devices')
        .select(['resynced_at'])
        .where('epoch', '=', epoch)
        .where('device_id', '=', device.id)
        .executeTakeFirst();
      if (!row) {
        // Enrolled after the backup? Then the token is unknown and we never get here; a row is
        // missing only for a restore made by hand (pg_restore alone): record it now.
        await tx
          .insertInto('restore_devices')
          .values({ epoch, device_id: device.id, centre_id: device.centre_id, seq_in_backup: lastSeq })
          .execute();
      }
      if (row?.resynced_at) return lastSeq;
      const first = Math.min(...mutations.map((m) => m.seq));
      const update = tx
        .updateTable('restore_devices')
        .set({ acked_seq: resync.ackedSeq })
        .where('epoch', '=', epoch)
        .where('device_id', '=', device.id);
      if (mutations.length === 0) {
        await update.execute();
        return lastSeq;
      }
      await update.set({ resynced_at: now.toISOString() }).execute();
      return first > lastSeq + 1 ? first - 1 : lastSeq;
    },
    async done(tx, { fresh, results, quarantine, wasStored }) {
      let returned = 0;
      let lost = 0;
      const restore = await tx
        .selectFrom('restores')
        .select(['restored_at', 'backup_taken_at'])
        .where('epoch', '=', epoch)
        .executeTakeFirst();
      for (const m of fresh) {
        if (m.seq > resync.throughSeq) continue;
        const result = results.get(m.seq);
        if (lostContact(m, result, wasStored)) {
          lost++;
          if (!restore) continue; // a re-enrolment without a restore: the plain reason stands
          const reason = restoreLostReason(restore.restored_at, restore.backup_taken_at);
          results.set(m.seq, { seq: m.seq, status: 'rejected', error: reason });
          const row = quarantine.find((q) => q.seq === m.seq);
          if (row) Object.assign(row, { reason, reason_code: 'restore_lost', reason_epoch: epoch });
        } else if (result?.status === 'applied' && m.op === 'upsert' && !wasStored(String(m.record.id)))
          returned++;
      }
      if (returned === 0 && lost === 0) return;
      await tx
        .updateTable('restore_devices')
        .set((eb) => ({
          returned: eb('returned', '+', returned),
          lost_contacts: eb('lost_contacts', '+', lost),
        }))
        .where('epoch', '=', epoch)
        .where('device_id', '=', device.id)
        .execute();
    },
  };
}
