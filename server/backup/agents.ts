// The centres' agents after a restore (carry-over.ts, docs/operations.md « Restauration »): an agent
// deactivated after the backup (a worker who left, a volunteer whose PIN was seen) must not be
// active again, and a PIN reset after it (because it leaked) must not go back to the leaked one:
// either would unlock a tablet's team space at its next pull. The accounts' rule (carry-over.ts):
// - an agent in both databases keeps the replaced database's PIN verifier, deactivation and role;
// - an agent created after the backup is added (if its centre is in the backup);
// - an agent the backup has and the replaced database no longer had is deactivated: agents are
//   never deleted, only deactivated, and a tombstone purged (sync/tombstones.ts) was one.
// Every row written gets one change version of the restored database: the replaced database's
// versions may be past the restored counter, and a pull skips a row above it (sync/pull.ts).
import type { Kysely, Selectable, Transaction } from 'kysely';
import { bumpChangeVersion } from '../db/change-version';
import type { DB } from '../db/schema';

export type AgentRow = Selectable<DB['agents']>;

export function readAgents(db: Kysely<DB>): Promise<AgentRow[]> {
  return db.selectFrom('agents').selectAll().execute();
}

const sameAgent = (a: AgentRow, b: AgentRow) =>
  a.pin_verifier === b.pin_verifier && a.deleted_at === b.deleted_at && a.role === b.role;

/** Writes the replaced database's agents into the restored one; returns how many changed. */
export async function keepAgents(trx: Transaction<DB>, replaced: AgentRow[], now: Date): Promise<number> {
  const [restored, centreRows] = await Promise.all([
    trx.selectFrom('agents').selectAll().execute(),
    trx.selectFrom('centres').select('id').execute(),
  ]);
  const before = new Map(restored.map((a) => [a.id, a]));
  const centres = new Set(centreRows.map((c) => c.id));
  let version: number | undefined;
  const stamp = async () => {
    version ??= await bumpChangeVersion(trx);
    return version;
  };
  let changed = 0;
  for (const a of replaced) {
    const old = before.get(a.id);
    if (old) {
      if (sameAgent(old, a)) continue;
      const fields = { pin_verifier: a.pin_verifier, deleted_at: a.deleted_at, role: a.role };
      await trx
        .updateTable('agents')
        .set({ ...fields, version: await stamp() })
        .where('id', '=', a.id)
        .execute();
    } else {
      if (!centres.has(a.centre_id)) continue;
      await trx
        .insertInto('agents')
        .values({ ...a, version: await stamp() })
        .execute();
    }
    changed++;
  }
  const kept = new Set(replaced.map((a) => a.id));
  for (const old of restored) {
    if (kept.has(old.id) || old.deleted_at !== null) continue;
    await trx
      .updateTable('agents')
      .set({ deleted_at: now.toISOString(), version: await stamp() })
      .where('id', '=', old.id)
      .execute();
    changed++;
  }
  return changed;
}
