// Erasures survive a restore (issue 15 §4, docs/operations.md « Restauration »). A person erased
// at their request (or at the end of the retention period) after the backup was taken is still in
// the backup. The rule: before the database is replaced, the restore reads the list of erased ids
// (`erased_records`) from it; once the backup is in place, that list is added to the restored
// database's own, and whatever the backup still held of those ids is erased again, in one
// transaction, with the same rules as the first time (server/dashboard-api/privacy/erase.ts). When
// the replaced database cannot be read (gone, damaged), the list is lost: the restore refuses,
// in words, unless the operator says they will redo those erasures (`--accept-lost-erasures`).
import type { Kysely, Selectable } from 'kysely';
import { eraseContacts } from '../dashboard-api/privacy/erase';
import type { DB } from '../db/schema';
import { dropFacts } from '../facts/write';
import type { ErasedReason } from '../sync/erased';

export type ErasedRow = Selectable<DB['erased_records']>;

export async function readErased(db: Kysely<DB>): Promise<ErasedRow[]> {
  return db.selectFrom('erased_records').selectAll().execute();
}

export function lostErasuresMessage(): string {
  return [
    'La base actuelle ne peut pas être lue : la liste des personnes effacées depuis la sauvegarde',
    '(à leur demande, ou en fin de conservation) ne peut pas être reprise, et elles reviendraient avec la sauvegarde.',
    'Rien n’a été changé. Si une copie de la base actuelle existe, remettez-la en place et relancez.',
    'Sinon, relancez avec --accept-lost-erasures, puis refaites ces effacements sur le tableau de bord',
    '(le journal d’audit d’une autre copie, ou vos notes, disent lesquels),',
    'et retirez de nouveau sur la page Tablettes celles retirées depuis la sauvegarde.',
  ].join(' ');
}

const CHUNK = 200;

/**
 * Adds the replaced database's erased ids to the restored one (their first date kept) and erases
 * again what the backup still holds of them. Returns how many erased ids were carried over.
 */
export async function keepErasures(db: Kysely<DB>, rows: ErasedRow[], now: Date): Promise<number> {
  if (!rows.length) return 0;
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += CHUNK) {
      await trx
        .insertInto('erased_records')
        .values(rows.slice(i, i + CHUNK))
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
    }
    const ids = rows.map((r) => r.id);
    const present: { id: string; entity: string }[] = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      present.push(
        ...(await trx
          .selectFrom('records')
          .select(['id', 'entity'])
          .where('id', 'in', ids.slice(i, i + CHUNK))
          .execute()),
      );
    }
    const reasonOf = new Map(rows.map((r) => [r.id, r.reason as ErasedReason]));
    for (const reason of ['gdpr', 'retention'] as const) {
      const contacts = present.filter((p) => p.entity === 'contact' && reasonOf.get(p.id) === reason);
      await eraseContacts(
        trx,
        contacts.map((c) => c.id),
        { reason, now },
      );
    }
    // Sign-ups erased with their person but whose contact the backup no longer had.
    const others = present.filter((p) => p.entity !== 'contact').map((p) => p.id);
    for (let i = 0; i < others.length; i += CHUNK) {
      const part = others.slice(i, i + CHUNK);
      await trx.deleteFrom('reviews').where('record_id', 'in', part).execute();
      await dropFacts(trx, part);
      await trx.deleteFrom('records').where('id', 'in', part).execute();
    }
  });
  return rows.length;
}
