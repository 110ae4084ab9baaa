// Correcting a quarantined mutation: the fixed record goes through the push's own checks
// (checkMutation: schema and ownership) and is stored with the push's rules (highest rev wins,
// contact lookup hashes from the sealed payload opened in memory, change version bumped).
// applyPush itself cannot be reused: it is bound to the device's seq counter, which the rejected
// mutation already advanced. Record, lookups and the quarantine status change in one transaction.
import type { AnyRecord, Contact } from '../../../src/shared/records';
import type { CentreSettings } from '../../../src/shared/reference';
import type { Deps } from '../../app-env';
import { importCentrePrivateKey } from '../../crypto/centre-keys';
import { bumpChangeVersion } from '../../db/change-version';
import { writeFacts } from '../../facts/write';
import { MAX_CLOCK_AHEAD_MS } from '../../sync/apply-push';
import { checkMutation } from '../../sync/check-mutation';
import { contactLookupHashes } from '../../sync/contact-lookup';
import { ERASED_MESSAGES, loadErased } from '../../sync/erased';
import { openSealedBox, SealedBoxError } from '../../sync/open-contact';
import { cappedRetention } from '../../sync/retention';
import type { QuarantineRow } from './quarantine';

export type CorrectResult =
  | { ok: true; recordId: string }
  | { ok: false; reason: string; conflict?: boolean };

export async function correctQuarantined(
  deps: Pick<Deps, 'database' | 'secrets'>,
  row: QuarantineRow,
  record: Record<string, unknown>,
  now: Date,
): Promise<CorrectResult> {
  const db = deps.database.db;
  const agents = await db.selectFrom('agents').select('id').where('centre_id', '=', row.centreId).execute();
  const checked = checkMutation(
    { seq: row.seq, entity: row.entity, op: 'upsert', record },
    { deviceId: row.deviceId, centreId: row.centreId, agentIds: new Set(agents.map((a) => a.id)) },
  );
  if (!checked.ok) return { ok: false, reason: checked.reason };
  if (checked.op !== 'upsert')
    return { ok: false, reason: 'Seul un enregistrement complet peut être corrigé.' };
  const valid: AnyRecord = checked.record;
  // The push's own rules: an erased person stays erased, retention is the centre's decision.
  const linked = (valid as { contactId?: string }).contactId;
  const gone = await loadErased(db, [valid.id, ...(linked ? [linked] : [])]);
  const erasedAs = gone.get(valid.id) ?? gone.get(linked ?? '');
  if (erasedAs) return { ok: false, reason: ERASED_MESSAGES[erasedAs] };

  let lookups: string[] | undefined;
  if (checked.entity === 'contact' && (valid as Contact).sealed) {
    const centre = await db
      .selectFrom('centres')
      .select('private_key_enc')
      .where('id', '=', row.centreId)
      .executeTakeFirstOrThrow();
    try {
      const key = await importCentrePrivateKey(deps.secrets, centre.private_key_enc);
      lookups = contactLookupHashes(deps.secrets, await openSealedBox(key, (valid as Contact).sealed!));
    } catch (err) {
      if (err instanceof SealedBoxError) return { ok: false, reason: err.message };
      throw err;
    }
  }

  const data: Record<string, unknown> = { ...valid };
  if (checked.entity === 'contact') {
    const centre = await db
      .selectFrom('centres')
      .select('settings')
      .where('id', '=', row.centreId)
      .executeTakeFirstOrThrow();
    const capped = cappedRetention(valid as Contact, JSON.parse(centre.settings) as CentreSettings, now);
    if (capped !== (valid as Contact).retentionUntil) {
      data.clientRetentionUntil = (valid as Contact).retentionUntil;
      data.retentionUntil = capped;
    }
  }
  let createdAt = new Date(valid.createdAt).toISOString();
  if (Date.parse(createdAt) - now.getTime() > MAX_CLOCK_AHEAD_MS) {
    data.clientCreatedAt = data.createdAt;
    createdAt = now.toISOString();
    data.createdAt = createdAt;
  }

  return db.transaction().execute(async (trx): Promise<CorrectResult> => {
    const stored = await trx
      .selectFrom('records')
      .select(['entity', 'centre_id', 'device_id', 'rev', 'received_at'])
      .where('id', '=', valid.id)
      .executeTakeFirst();
    if (stored && (stored.entity !== checked.entity || stored.device_id !== row.deviceId)) {
      return {
        ok: false,
        reason: 'Cet identifiant est déjà celui d’un autre enregistrement (autre tablette ou autre type).',
      };
    }
    if (stored && stored.rev >= valid.rev) {
      return {
        ok: false,
        reason: `Le serveur a déjà une version aussi récente de cet enregistrement (rev ${stored.rev}). Augmentez rev, ou écartez cette correction.`,
      };
    }
    const closed = await trx
      .updateTable('quarantine')
      .set({ status: 'corrected' })
      .where('id', '=', row.id)
      .where('status', '=', 'open')
      .executeTakeFirst();
    if (Number(closed.numUpdatedRows) !== 1) {
      return { ok: false, reason: 'Cet enregistrement refusé a déjà été traité.', conflict: true };
    }
    const values = {
      entity: checked.entity,
      centre_id: valid.centreId,
      device_id: valid.deviceId,
      agent_id: valid.agentId,
      rev: valid.rev,
      created_at: createdAt,
      received_at: stored?.received_at ?? now.toISOString(),
      deleted: 0,
      data: JSON.stringify(data),
      retention_until: checked.entity === 'contact' ? String(data.retentionUntil) : null,
    };
    if (stored) await trx.updateTable('records').set(values).where('id', '=', valid.id).execute();
    else
      await trx
        .insertInto('records')
        .values({ id: valid.id, ...values })
        .execute();
    await writeFacts(trx, [{ id: valid.id, ...values, data }]);
    if (lookups) {
      await trx.deleteFrom('contact_lookup').where('contact_id', '=', valid.id).execute();
      if (lookups.length) {
        await trx
          .insertInto('contact_lookup')
          .values(lookups.map((hash) => ({ hash, contact_id: valid.id })))
          .execute();
      }
    }
    await bumpChangeVersion(trx);
    return { ok: true, recordId: valid.id };
  });
}
