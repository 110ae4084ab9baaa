// One Dexie transaction around several writeWithOutbox calls (an encounter and its sign-ups, the
// end of one outing and the start of the next): all are stored or none. writeWithOutbox's own
// transactions nest inside it. A full quota often shows only when the outer transaction commits,
// so the mapping to StorageFullError is done here too.
import type { Table } from 'dexie';
import type { BorneDatabase } from '../db/database';
import { isQuotaError, StorageFullError } from '../db/outbox';

export async function inTransaction<T>(
  db: BorneDatabase,
  tables: Table[],
  body: () => Promise<T>,
): Promise<T> {
  try {
    // The tombstones too: a delete keeps one in the same transaction (src/db/outbox.ts).
    return await db.transaction('rw', [...tables, db.outbox, db.tombstones], body);
  } catch (err) {
    if (err instanceof StorageFullError || isQuotaError(err)) throw new StorageFullError();
    throw err;
  }
}
