// One centre of the federation seed: the centre (its own key pair), four agents, two tablets, and
// its year of records with their facts, in one transaction. The records are built a day at a time
// and handed to the bulk writer, which stores one batch while the next day is built; the facts come
// from the push's own rule (server/facts/extract.ts), so the stored rows are those a push stores.
import { sql } from 'kysely';
import { type PublicJwk, seal } from '../../../src/crypto/seal';
import { DEFAULT_CENTRE_SETTINGS } from '../../../src/shared/reference';
import type { Deps } from '../../app-env';
import { bumpChangeVersion } from '../../db/change-version';
import { emptyFacts, extractFacts } from '../../facts/extract';
import { FACT_TABLES } from '../../facts/write';
import { createCentre } from '../../services/centres';
import { newId, newToken } from '../../services/ids';
import { seededRandom } from '../demo-records/random';
import type { BulkWriter } from './bulk';
import { type CentrePlan, planDay } from './plan';

export interface CentreInput {
  index: number;
  id: string;
  territoryId: string;
  partnerIds: string[];
  seed: number;
  /** The UTC days to fill (weekends give no records). */
  days: Date[];
  pinVerifier: string;
}

/** Lets the queued writes proceed between two days of building. */
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Seeds one centre; returns its records by entity. */
export async function seedCentre(
  deps: Pick<Deps, 'database' | 'secrets' | 'now'>,
  bulk: BulkWriter,
  c: CentreInput,
): Promise<Record<string, number>> {
  const { db, kind } = deps.database;
  const now = deps.now();
  await createCentre(
    db,
    deps.secrets,
    {
      id: c.id,
      territoryId: c.territoryId,
      name: `Centre social ${c.index + 1}`,
      commune: `Commune ${c.index + 1}`,
    },
    now,
  );
  const centre = await db
    .selectFrom('centres')
    .select('public_key')
    .where('id', '=', c.id)
    .executeTakeFirstOrThrow();
  const key = JSON.parse(centre.public_key) as PublicJwk;
  const agentIds = Array.from({ length: 4 }, () => newId());
  const deviceIds = Array.from({ length: 2 }, () => newId());
  const sealed = [];
  for (const firstName of ['Amina', 'Karim', 'Fatou', 'Jean']) {
    sealed.push(
      await seal({ firstName, phone: '06 00 00 00 00', language: 'fr', preferredChannel: 'telephone' }, key),
    );
  }
  const plan: CentrePlan = {
    rnd: seededRandom(c.seed * 1000 + c.index),
    centreId: c.id,
    deviceIds,
    agentIds,
    partnerIds: c.partnerIds,
    activityIds: [],
    sealed,
    retentionMonths: {
      rappel: DEFAULT_CENTRE_SETTINGS.retention.monthsByPurpose.rappel ?? 3,
      info_activites: DEFAULT_CENTRE_SETTINGS.retention.monthsByPurpose.info_activites ?? 24,
    },
  };
  const byEntity: Record<string, number> = {};
  // The agents and tablets first, in their own short transaction: it bumps the shared change
  // counter, whose row lock would otherwise make the other lanes wait for this centre's whole year.
  await db.transaction().execute(async (trx) => {
    const version = await bumpChangeVersion(trx);
    await trx
      .insertInto('agents')
      .values(
        agentIds.map((aid, i) => ({
          id: aid,
          centre_id: c.id,
          display_name: `Agent ${i + 1} du centre ${c.index + 1}`,
          role: i === 3 ? 'volunteer' : 'agent',
          pin_verifier: c.pinVerifier,
          version,
          deleted_at: null,
          created_at: now.toISOString(),
        })),
      )
      .execute();
    await trx
      .insertInto('devices')
      .values(
        deviceIds.map((did, i) => ({
          id: did,
          centre_id: c.id,
          name: `Tablette ${i + 1}`,
          token_hash: deps.secrets.tokenHash(newToken()),
          status: 'active' as const,
          enrolled_at: now.toISOString(),
          last_seen_at: now.toISOString(),
          revoked_at: null,
        })),
      )
      .execute();
  });
  await db.transaction().execute(async (trx) => {
    // The seed's commits need not wait for the disk (a crash means seeding an empty base again).
    if (kind === 'postgres') await sql`SET LOCAL synchronous_commit = off`.execute(trx);
    for (const day of c.days) {
      const facts = emptyFacts();
      const rows = [];
      // Received the evening of the day they were made (tablets sync at the end of the day).
      const receivedAt = new Date(day.getTime() + 18 * 3_600_000).toISOString();
      for (const r of planDay(plan, day, receivedAt)) {
        rows.push({ ...r, data: JSON.stringify(r.data) });
        extractFacts(r, facts);
        byEntity[r.entity] = (byEntity[r.entity] ?? 0) + 1;
      }
      bulk.add(trx, 'records', rows);
      for (const table of FACT_TABLES)
        bulk.add(trx, table, facts[table] as unknown as Record<string, unknown>[]);
      await bulk.room();
      await yieldToIo();
    }
    await bulk.flush(trx);
  });
  return byEntity;
}
