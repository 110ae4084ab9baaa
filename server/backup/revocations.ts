// Revocations survive a restore, like erasures (erasures.ts): a tablet revoked after the backup was
// taken (lost, stolen) is active again in the backup, and would be accepted again. Before the
// database is replaced, the restore reads which tablets it had revoked; once the backup is in
// place, those tablets are revoked there too (their first date kept), so their next request is
// answered 403 `device_revoked` and they wipe themselves.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export interface Revoked {
  id: string;
  revokedAt: string;
}

export async function readRevoked(db: Kysely<DB>): Promise<Revoked[]> {
  const rows = await db
    .selectFrom('devices')
    .select(['id', 'revoked_at'])
    .where('status', '=', 'revoked')
    .execute();
  return rows.map((r) => ({ id: r.id, revokedAt: r.revoked_at ?? '' }));
}

/** Revokes in the restored database the tablets the replaced one had revoked. */
export async function keepRevocations(db: Kysely<DB>, revoked: Revoked[], now: Date): Promise<void> {
  for (const r of revoked) {
    await db
      .updateTable('devices')
      .set({ status: 'revoked', revoked_at: r.revokedAt || now.toISOString() })
      .where('id', '=', r.id)
      .where('status', '=', 'active')
      .execute();
  }
}
