// The retention purge: contacts whose retentionUntil has passed are deleted with what hangs on them
// (erase.ts); encounters keep their anonymous fields, so the figures of past months do not change.
// Also rejected contact mutations (quarantine) past the same date, which still hold a sealed payload.
// Run by `npm run borne -- purge`, by POST /api/v1/dashboard/purge, or on a timer.
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { scrubDeletedBytes } from '../../db/scrub';
import { writeAudit } from '../audit';
import { type EraseCounts, eraseContacts } from './erase';

export interface PurgeResult extends EraseCounts {
  quarantined: number;
  dryRun: boolean;
}

export async function purgeExpiredContacts(
  db: Kysely<DB>,
  now: Date,
  opts: { centreIds?: string[]; dryRun?: boolean; userId?: string | null } = {},
): Promise<PurgeResult> {
  const nowIso = now.toISOString();
  let query = db
    .selectFrom('records')
    .select(['id', 'centre_id'])
    .where('entity', '=', 'contact')
    .where('retention_until', 'is not', null)
    .where('retention_until', '<', nowIso);
  if (opts.centreIds) {
    if (!opts.centreIds.length)
      return {
        contacts: 0,
        lookups: 0,
        followUps: 0,
        encountersUnlinked: 0,
        signups: 0,
        quarantineCopies: 0,
        quarantined: 0,
        dryRun: !!opts.dryRun,
      };
    query = query.where('centre_id', 'in', opts.centreIds);
  }
  const expired = await query.execute();
  let quarantineQuery = db
    .selectFrom('quarantine')
    .select(['id', 'payload', 'centre_id'])
    .where('entity', '=', 'contact');
  if (opts.centreIds) quarantineQuery = quarantineQuery.where('centre_id', 'in', opts.centreIds);
  const quarantined = (await quarantineQuery.execute()).filter((q) => {
    try {
      const until = (JSON.parse(q.payload) as { record?: { retentionUntil?: unknown } }).record
        ?.retentionUntil;
      return typeof until === 'string' && Date.parse(until) < now.getTime();
    } catch {
      return false;
    }
  });

  if (opts.dryRun) {
    return {
      contacts: expired.length,
      lookups: 0,
      followUps: 0,
      encountersUnlinked: 0,
      signups: 0,
      quarantineCopies: 0,
      quarantined: quarantined.length,
      dryRun: true,
    };
  }
  const counts = await db.transaction().execute(async (trx) => {
    const c = await eraseContacts(
      trx,
      expired.map((e) => e.id),
      { reason: 'retention', now },
    );
    for (let i = 0; i < quarantined.length; i += 200) {
      await trx
        .deleteFrom('quarantine')
        .where(
          'id',
          'in',
          quarantined.slice(i, i + 200).map((q) => q.id),
        )
        .execute();
    }
    // The audit entries commit with the deletions: no erased data without its trace.
    const byCentre = new Map<string, number>();
    for (const e of expired) byCentre.set(e.centre_id, (byCentre.get(e.centre_id) ?? 0) + 1);
    for (const [centreId, contacts] of byCentre) {
      await writeAudit(
        trx,
        { userId: opts.userId ?? null, action: 'purge', centreId, detail: { contacts } },
        now,
      );
    }
    if (!byCentre.size)
      await writeAudit(trx, { userId: opts.userId ?? null, action: 'purge', detail: { contacts: 0 } }, now);
    return c;
  });
  await scrubDeletedBytes(db); // the deleted bytes leave the SQLite files too
  return { ...counts, quarantined: quarantined.length, dryRun: false };
}
