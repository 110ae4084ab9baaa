// A centre's pulled items that the dashboard edits (activities of the agenda, planned
// permanences): one way to store and to remove them. Every write bumps the change version in its
// transaction so tablets pull it, a removal is a tombstone, and each is written to the Journal.
import type { Context } from 'hono';
import { bumpChangeVersion } from '../db/change-version';
import { writeAudit } from './audit';
import type { DashboardEnv } from './env';
import { notFound } from './http';

/** The tables of such items; they share one shape (id, centre_id, data, version, deleted_at). */
type ItemTable = 'activities' | 'permanences';

/** Inserts or replaces an item's JSON body, then writes `<auditName>.create|update` to the Journal. */
export async function saveCentreItem(
  c: Context<DashboardEnv>,
  table: ItemTable,
  auditName: string,
  item: { id: string; centreId: string },
  isNew: boolean,
): Promise<void> {
  const { database, now } = c.var.deps;
  const db = database.db;
  const { id, centreId } = item;
  await db.transaction().execute(async (trx) => {
    const version = await bumpChangeVersion(trx);
    const values = { centre_id: centreId, data: JSON.stringify(item), version, deleted_at: null };
    if (isNew)
      await trx
        .insertInto(table)
        .values({ id, ...values })
        .execute();
    else await trx.updateTable(table).set(values).where('id', '=', id).execute();
  });
  await writeAudit(
    db,
    { userId: c.var.user.id, action: `${auditName}.${isNew ? 'create' : 'update'}`, recordId: id, centreId },
    now(),
  );
}

/** Removes the item `:id` of a centre in the user's scope (404 naming `what` otherwise). */
export async function deleteCentreItem(
  c: Context<DashboardEnv>,
  table: ItemTable,
  auditName: string,
  what: string,
): Promise<Response> {
  const { database, now } = c.var.deps;
  const db = database.db;
  const id = c.req.param('id') ?? '';
  const existing = await db
    .selectFrom(table)
    .select(['centre_id', 'deleted_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!existing || existing.deleted_at || !c.var.scope.centreIds.includes(existing.centre_id))
    throw notFound(what);
  await db.transaction().execute(async (trx) => {
    const version = await bumpChangeVersion(trx);
    await trx
      .updateTable(table)
      .set({ deleted_at: now().toISOString(), version })
      .where('id', '=', id)
      .execute();
  });
  await writeAudit(
    db,
    { userId: c.var.user.id, action: `${auditName}.delete`, recordId: id, centreId: existing.centre_id },
    now(),
  );
  return c.body(null, 204);
}
