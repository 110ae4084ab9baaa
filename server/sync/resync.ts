// The server side of a tablet's re-push after a restore (src/shared/protocol.ts « Restore »). The
// rules: a push under an older epoch is not applied (the answer says the new one); a push carrying
// `resync` for the current epoch moves the tablet's lastSeq up to just before its first seq, once per
// restore, and only at its first push of mutations; what comes back and the contacts that cannot
// (their sealed box was deleted from the tablet after the acknowledgement) are counted per tablet
// for the dashboard (restore_devices). Records keep their ids and revs, so the push's own rules
// (highest rev wins, one row per id) make a duplicate impossible.
import type { Transaction } from 'kysely';
import type { Mutation, PushResult, Resync } from '../../src/shared/protocol';
import type { DB } from '../db/schema';

type Trx = Transaction<DB>;

export interface PushHooks {
  /** In the push's transaction, with the tablet's locked lastSeq: the lastSeq to check seqs against. */
  startAt(trx: Trx, lastSeq: number, mutations: Mutation[]): Promise<number>;
  /** In the same transaction, once every mutation has its result. */
  done(
    trx: Trx,
    outcome: { fresh: Mutation[]; results: Map<number, PushResult>; wasStored: (id: string) => boolean },
  ): Promise<void>;
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
    async done(tx, { fresh, results, wasStored }) {
      let returned = 0;
      let lost = 0;
      for (const m of fresh) {
        if (m.seq > resync.throughSeq) continue;
        const result = results.get(m.seq);
        if (lostContact(m, result, wasStored)) lost++;
        else if (result?.status === 'applied' && m.op === 'upsert' && !wasStored(String(m.record.id)))
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
