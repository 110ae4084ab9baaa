// Applies a push in ONE transaction (DESIGN.md "Sync"): the device's lastSeq is read (and locked on
// PostgreSQL) and written back with the records, so a retry after a lost answer is all `duplicate`
// and a server killed mid-request leaves nothing half-applied.
import type { webcrypto } from 'node:crypto';
import type { Insertable, Transaction } from 'kysely';
import type { Mutation, PushResponse, PushResult } from '../../src/shared/protocol';
import type { AnyRecord, Contact, RecordEntity } from '../../src/shared/records';
import type { CentreSettings } from '../../src/shared/reference';
import { importCentrePrivateKey } from '../crypto/centre-keys';
import type { Database_ } from '../db/connect';
import type { FigureCountRow } from '../db/facts-schema';
import { insertRows } from '../db/insert-rows';
import type { DB } from '../db/schema';
import { applyCountsAndBump } from '../facts/counts';
import { writeFacts } from '../facts/write';
import type { Secrets } from '../secrets';
import { checkMutation } from './check-mutation';
import { contactLookupHashes } from './contact-lookup';
import { clampCreatedAt } from './created-at';
import { ERASED_MESSAGES, loadErased } from './erased';
import { pushFailpoint } from './failpoint';
import { openSealedBox, SealedBoxError } from './open-contact';
import { quarantineCopy, storableText } from './quarantine-copy';
import type { PushHooks } from './resync';
import { cappedRetention } from './retention';
import { rosterActivityIds, touchRosters } from './roster';

// The dashboard's corrections check the same limit (server/dashboard-api/records/correct.ts).
export { MAX_CLOCK_AHEAD_MS } from './created-at';

export class SequenceGapError extends Error {
  constructor(
    readonly lastSeq: number,
    readonly got: number,
  ) {
    super(`sequence gap: expected ${lastSeq + 1}, got ${got}`);
  }
}

export class DeviceRevokedError extends Error {}

export const NO_SEALED_BOX_MESSAGE =
  'Contact sans coordonnées chiffrées (sealed) : le serveur ne l’a jamais reçu avec elles. Enregistrez le contact de nouveau sur la tablette.';
const KEY_MESSAGE =
  'La clé du centre ne s’ouvre pas avec le secret du serveur : les coordonnées ne peuvent pas être lues. Prévenez la personne qui gère le serveur.';

interface Stored {
  id: string;
  entity: string;
  centre_id: string;
  device_id: string;
  agent_id: string;
  rev: number;
  created_at: string;
  received_at: string;
  deleted: number;
  data: Record<string, unknown>;
  retention_until: string | null;
  inDb: boolean;
  dirty: boolean;
}

type Trx = Transaction<DB>;

const CHUNK = 200;
function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

async function loadStored(trx: Trx, ids: string[]): Promise<Map<string, Stored>> {
  const state = new Map<string, Stored>();
  for (const part of chunks([...new Set(ids)], 500)) {
    const rows = await trx.selectFrom('records').selectAll().where('id', 'in', part).execute();
    for (const r of rows) {
      state.set(r.id, { ...r, data: JSON.parse(r.data), inDb: true, dirty: false });
    }
  }
  return state;
}

export async function applyPush(
  database: Database_,
  secrets: Secrets,
  device: { id: string; centre_id: string },
  mutations: Mutation[],
  now: Date,
  hooks?: PushHooks, // a re-push after a restore (resync.ts)
): Promise<PushResponse> {
  const nowIso = now.toISOString();
  return database.db.transaction().execute(async (trx) => {
    let locked = trx.selectFrom('devices').select(['last_seq', 'status']).where('id', '=', device.id);
    // Two pushes of one tablet queue here. NO KEY UPDATE (not UPDATE): inserting a device command
    // for this tablet (a foreign key check) must not wait on a push, or the two could deadlock
    // over the change counter that the push takes last. SQLite has one writer anyway.
    if (database.kind === 'postgres') locked = locked.forNoKeyUpdate();
    const row = await locked.executeTakeFirstOrThrow();
    if (row.status !== 'active') throw new DeviceRevokedError();
    const lastSeq = hooks ? await hooks.startAt(trx, row.last_seq, mutations) : row.last_seq;

    const fresh = mutations.filter((m) => m.seq > lastSeq).sort((a, b) => a.seq - b.seq);
    fresh.forEach((m, i) => {
      if (m.seq !== lastSeq + 1 + i) throw new SequenceGapError(lastSeq, fresh[0]!.seq);
    });
    const results = new Map<number, PushResult>();
    for (const m of mutations) if (m.seq <= lastSeq) results.set(m.seq, { seq: m.seq, status: 'duplicate' });
    if (fresh.length === 0) return { lastSeq, results: mutations.map((m) => results.get(m.seq)!) };

    const agents = await trx
      .selectFrom('agents')
      .select(['id', 'role'])
      .where('centre_id', '=', device.centre_id)
      .execute();
    const ctx = {
      deviceId: device.id,
      centreId: device.centre_id,
      agentIds: new Set(agents.map((a) => a.id)),
      volunteerIds: new Set(agents.filter((a) => a.role === 'volunteer').map((a) => a.id)),
    };
    const ids = fresh.map((m) => m.record.id).filter((id): id is string => typeof id === 'string');
    const state = await loadStored(trx, ids);
    const linked = fresh.map((m) => m.record.contactId).filter((id): id is string => typeof id === 'string');
    const erased = await loadErased(trx, [...ids, ...linked]);
    const lookups = new Map<string, string[]>();
    const quarantine: Insertable<DB['quarantine']>[] = [];
    let centre: Promise<{ private_key_enc: string; settings: string }> | undefined;
    const centreRow = () => {
      centre ??= trx
        .selectFrom('centres')
        .select(['private_key_enc', 'settings'])
        .where('id', '=', device.centre_id)
        .executeTakeFirstOrThrow();
      return centre;
    };
    let centreKey: Promise<webcrypto.CryptoKey> | undefined;
    const openKey = () => {
      centreKey ??= centreRow().then((c) => importCentrePrivateKey(secrets, c.private_key_enc));
      return centreKey;
    };

    /** The new state of a record, or the reason it is refused. */
    const plan = async (
      entity: RecordEntity,
      record: AnyRecord,
      st: Stored | undefined,
    ): Promise<Stored | string> => {
      const data: Record<string, unknown> = { ...record };
      const contactId = (record as { contactId?: string }).contactId;
      const erasedLink = contactId ? erased.get(contactId) : undefined;
      if (erasedLink && entity === 'signup') return ERASED_MESSAGES[erasedLink];
      if (erasedLink) delete data.contactId; // the person is gone; the anonymous figures stay
      if (entity === 'contact') {
        const contact = record as Contact;
        const sealed = contact.sealed;
        if (!sealed && !st?.data.sealed) return NO_SEALED_BOX_MESSAGE;
        if (!sealed)
          data.sealed = st!.data.sealed; // the tablet dropped its copy after ack
        else if (JSON.stringify(sealed) !== JSON.stringify(st?.data.sealed)) {
          const key = await openKey().catch(() => undefined);
          if (!key) return KEY_MESSAGE;
          try {
            const personal = await openSealedBox(key, sealed);
            lookups.set(record.id, contactLookupHashes(secrets, personal));
          } catch (err) {
            if (err instanceof SealedBoxError) return err.message;
            throw err;
          }
        }
        const settings = JSON.parse((await centreRow()).settings) as CentreSettings;
        const retention = cappedRetention(contact, settings, now);
        if (retention !== contact.retentionUntil) {
          data.clientRetentionUntil = contact.retentionUntil;
          data.retentionUntil = retention;
        }
      }
      return {
        id: record.id,
        entity,
        centre_id: record.centreId,
        device_id: record.deviceId,
        agent_id: record.agentId,
        rev: record.rev,
        created_at: clampCreatedAt(data, now),
        received_at: st?.received_at ?? nowIso,
        deleted: 0,
        data,
        retention_until: entity === 'contact' ? String(data.retentionUntil) : null,
        inDb: st?.inDb ?? false,
        dirty: true,
      };
    };

    for (const m of fresh) {
      const reject = (why: string, opts: { withoutRecord?: boolean } = {}) => {
        const reason = storableText(why, 1000);
        results.set(m.seq, { seq: m.seq, status: 'rejected', error: reason });
        quarantine.push({
          device_id: device.id,
          centre_id: device.centre_id,
          seq: m.seq,
          entity: storableText(m.entity, 64),
          payload: quarantineCopy(m, opts),
          reason,
          received_at: nowIso,
        });
      };
      const gone = typeof m.record.id === 'string' ? erased.get(m.record.id) : undefined;
      if (gone) {
        reject(ERASED_MESSAGES[gone], { withoutRecord: true }); // nothing of the person is kept
        continue;
      }
      const checked = checkMutation(m, ctx);
      if (!checked.ok) {
        reject(checked.reason);
        continue;
      }
      const id = checked.op === 'upsert' ? checked.record.id : checked.id;
      const st = state.get(id);
      if (
        st &&
        (st.entity !== checked.entity || st.centre_id !== device.centre_id || st.device_id !== device.id)
      ) {
        reject('Cet identifiant est déjà celui d’un autre enregistrement (autre tablette ou autre type).');
        continue;
      }
      if (checked.op === 'delete' && st) {
        if (checked.rev >= st.rev) Object.assign(st, { deleted: 1, rev: checked.rev, dirty: true });
      } else if (checked.op === 'delete' && !checked.record) {
        reject('Enregistrement inconnu du serveur : rien à supprimer.');
        continue;
        // A deletion is final: a later upsert of a deleted record answers applied and changes nothing.
      } else if (!st || (checked.record!.rev > st.rev && !st.deleted)) {
        const next = await plan(checked.entity, checked.record!, st);
        if (typeof next === 'string') {
          reject(next);
          continue;
        }
        if (checked.op === 'delete') next.deleted = 1;
        state.set(id, next);
      }
      results.set(m.seq, { seq: m.seq, status: 'applied' });
    }

    await hooks?.done(trx, { fresh, results, quarantine, wasStored: (id) => state.get(id)?.inDb === true });
    const dirty = [...state.values()].filter((s) => s.dirty);
    const counts = await writeChanges(trx, dirty, lookups, quarantine);
    const newLastSeq = fresh.at(-1)!.seq;
    await trx
      .updateTable('devices')
      .set({ last_seq: newLastSeq, last_seen_at: nowIso })
      .where('id', '=', device.id)
      .execute();
    // Last, the rows other transactions wait for, held from here to the commit: the count rows
    // every push of this centre and day adds to, then the change counter (server/facts/counts.ts).
    const version = await applyCountsAndBump(trx, counts);
    // Activities whose sign-ups or attendance changed carry a new roster down (roster.ts).
    await touchRosters(trx, device.centre_id, rosterActivityIds(dirty), version);
    return { lastSeq: newLastSeq, results: mutations.map((m) => results.get(m.seq)!) };
  });
}

/** Writes the records, their facts, lookups and quarantine; returns the count deltas to apply. */
async function writeChanges(
  trx: Trx,
  dirty: Stored[],
  lookups: Map<string, string[]>,
  quarantine: Insertable<DB['quarantine']>[],
): Promise<Map<string, FigureCountRow>> {
  const toRow = ({ inDb: _i, dirty: _d, data, ...s }: Stored) => ({ ...s, data: JSON.stringify(data) });
  // The new records in one statement, like their facts below (server/db/insert-rows.ts).
  const added = dirty.filter((s) => !s.inDb);
  if (added.length) {
    await insertRows(trx, 'records', added.map(toRow));
    await pushFailpoint(); // test-only: holds here when BORNE_TEST_FAILPOINT=push-hold
  }
  for (const s of dirty.filter((x) => x.inDb)) {
    const { id, ...rest } = toRow(s);
    await trx.updateTable('records').set(rest).where('id', '=', id).execute();
  }
  // The figures' side tables, in the same transaction (server/facts/): new records have none yet.
  const counts = new Map<string, FigureCountRow>();
  await writeFacts(trx, added, { fresh: true, countsInto: counts });
  await writeFacts(
    trx,
    dirty.filter((s) => s.inDb),
    { countsInto: counts },
  );
  for (const part of chunks([...lookups.keys()], 500)) {
    await trx.deleteFrom('contact_lookup').where('contact_id', 'in', part).execute();
  }
  const pairs = [...lookups].flatMap(([contactId, hashes]) =>
    hashes.map((hash) => ({ hash, contact_id: contactId })),
  );
  for (const part of chunks(pairs)) await trx.insertInto('contact_lookup').values(part).execute();
  for (const part of chunks(quarantine)) await trx.insertInto('quarantine').values(part).execute();
  return counts;
}
