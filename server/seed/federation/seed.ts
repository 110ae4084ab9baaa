// `seed-federation` (scale benchmark): a federation of centres in territories, one calendar year of
// records each (federation/plan.ts), written straight into `records` and the figures' side tables
// (the same extraction rule as a push, server/facts/extract.ts) in one transaction per centre —
// far faster than pushing them, and the stored rows are those a push would store. It refuses a
// database that already holds records: a seed run twice would double the year.
import { sql } from 'kysely';
import { makePinVerifier } from '../../../src/crypto/pin';
import { type PublicJwk, seal } from '../../../src/crypto/seal';
import { DEFAULT_CENTRE_SETTINGS } from '../../../src/shared/reference';
import type { Deps } from '../../app-env';
import { bumpChangeVersion } from '../../db/change-version';
import { emptyFacts, extractFacts } from '../../facts/extract';
import { FACT_TABLES } from '../../facts/write';
import { createCentre, ensureTerritory } from '../../services/centres';
import { newId, newToken } from '../../services/ids';
import { createUser } from '../../services/users';
import { seededRandom } from '../demo-records/random';
import { BulkWriter } from './bulk';
import { type CentrePlan, daysOf, planDay } from './plan';

export interface FederationOptions {
  centres: number;
  territories: number;
  year: number;
  /** Password of the seeded dashboard users (admin, one per territory, one for the first centre). */
  password: string;
  seed?: number;
  /** The first months of the year only (tests); default the whole year. */
  months?: number;
  onCentre?: (done: number, total: number, records: number) => void;
}

export interface FederationResult {
  centres: number;
  territories: number;
  year: number;
  records: number;
  factRows: number;
  byEntity: Record<string, number>;
  seconds: number;
  users: { admin: string; territory: string; centre: string };
  firstCentreId: string;
  firstTerritoryId: string;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
export const territoryId = (t: number) => `fed-t${pad(t + 1, 2)}`;
export const centreId = (c: number) => `fed-c${pad(c + 1, 3)}`;
export const FEDERATION_PIN = '2468';

export async function seedFederation(
  deps: Pick<Deps, 'database' | 'secrets' | 'now'>,
  opts: FederationOptions,
): Promise<FederationResult> {
  const started = performance.now();
  const { db, kind } = deps.database;
  const now = deps.now();
  const any = await db.selectFrom('records').select('id').limit(1).executeTakeFirst();
  if (any) {
    throw new Error(
      'Cette base contient déjà des enregistrements : une fédération se sème dans une base vide (sinon l’année compterait double).',
    );
  }
  const bulk = new BulkWriter(db, kind);
  await bulk.prepare(['records', ...FACT_TABLES]);

  const partnersOf = new Map<string, string[]>();
  for (let t = 0; t < opts.territories; t++) {
    const tid = territoryId(t);
    await ensureTerritory(db, tid, `Territoire ${t + 1}`);
    const ids = Array.from({ length: 8 }, (_, i) => `${tid}-partenaire-${i + 1}`);
    await db.transaction().execute(async (trx) => {
      const version = await bumpChangeVersion(trx);
      await trx
        .insertInto('partners')
        .values(
          ids.map((id, i) => ({
            id,
            territory_id: tid,
            name: `Partenaire ${i + 1} du territoire ${t + 1}`,
            data: JSON.stringify({
              id,
              territoryId: tid,
              name: `Partenaire ${i + 1} du territoire ${t + 1}`,
            }),
            version,
            deleted_at: null,
          })),
        )
        .execute();
    });
    partnersOf.set(tid, ids);
  }

  const verifier = JSON.stringify(await makePinVerifier(FEDERATION_PIN));
  const users = {
    admin: 'admin@federation.bench',
    territory: 'territoire-01@federation.bench',
    centre: 'centre-001@federation.bench',
  };
  await createUser(
    db,
    { login: users.admin, name: 'Administration fédération', password: opts.password, role: 'admin' },
    now,
  );
  for (let t = 0; t < opts.territories; t++) {
    await createUser(
      db,
      {
        login: `territoire-${pad(t + 1, 2)}@federation.bench`,
        name: `Coordination du territoire ${t + 1}`,
        password: opts.password,
        role: 'territory_coordinator',
        territoryId: territoryId(t),
      },
      now,
    );
  }

  const byEntity: Record<string, number> = {};
  let records = 0;
  let factRows = 0;
  const days = daysOf(opts.year);
  for (let c = 0; c < opts.centres; c++) {
    const id = centreId(c);
    const tid = territoryId(c % opts.territories);
    await createCentre(
      deps.database.db,
      deps.secrets,
      { id, territoryId: tid, name: `Centre social ${c + 1}`, commune: `Commune ${c + 1}` },
      now,
    );
    if (c === 0) {
      await createUser(
        db,
        {
          login: users.centre,
          name: 'Coordination du centre 1',
          password: opts.password,
          role: 'coordinator',
          centreIds: [id],
        },
        now,
      );
    }
    const centre = await db
      .selectFrom('centres')
      .select('public_key')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const key = JSON.parse(centre.public_key) as PublicJwk;
    const agentIds = Array.from({ length: 4 }, () => newId());
    const deviceIds = Array.from({ length: 2 }, () => newId());
    const sealed = [];
    for (const firstName of ['Amina', 'Karim', 'Fatou', 'Jean']) {
      sealed.push(
        await seal(
          { firstName, phone: '06 00 00 00 00', language: 'fr', preferredChannel: 'telephone' },
          key,
        ),
      );
    }
    const plan: CentrePlan = {
      rnd: seededRandom((opts.seed ?? 2026) * 1000 + c),
      centreId: id,
      deviceIds,
      agentIds,
      partnerIds: partnersOf.get(tid)!,
      sealed,
      retentionMonths: {
        rappel: DEFAULT_CENTRE_SETTINGS.retention.monthsByPurpose.rappel ?? 3,
        info_activites: DEFAULT_CENTRE_SETTINGS.retention.monthsByPurpose.info_activites ?? 24,
      },
    };
    await db.transaction().execute(async (trx) => {
      // The seed's commits need not wait for the disk (a crash means seeding an empty base again).
      if (kind === 'postgres') await sql`SET LOCAL synchronous_commit = off`.execute(trx);
      const version = await bumpChangeVersion(trx);
      await trx
        .insertInto('agents')
        .values(
          agentIds.map((aid, i) => ({
            id: aid,
            centre_id: id,
            display_name: `Agent ${i + 1} du centre ${c + 1}`,
            role: i === 3 ? 'volunteer' : 'agent',
            pin_verifier: verifier,
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
            centre_id: id,
            name: `Tablette ${i + 1}`,
            token_hash: deps.secrets.tokenHash(newToken()),
            status: 'active' as const,
            enrolled_at: now.toISOString(),
            last_seen_at: now.toISOString(),
            revoked_at: null,
          })),
        )
        .execute();
      // A month at a time: one month of rows and facts in memory, whatever the year holds.
      for (let m = 0; m < (opts.months ?? 12); m++) {
        const facts = emptyFacts();
        const rows = [];
        for (const day of days.filter((d) => d.getUTCMonth() === m)) {
          for (const r of planDay(plan, day, new Date(day.getTime() + 18 * 3_600_000).toISOString())) {
            rows.push({ ...r, data: JSON.stringify(r.data) });
            extractFacts(r, facts);
            byEntity[r.entity] = (byEntity[r.entity] ?? 0) + 1;
          }
        }
        bulk.add('records', rows);
        records += rows.length;
        for (const table of FACT_TABLES) {
          bulk.add(table, facts[table] as unknown as Record<string, unknown>[]);
          factRows += facts[table].length;
        }
        await bulk.flush(trx);
      }
    });
    opts.onCentre?.(c + 1, opts.centres, records);
  }
  // Statistics and the visibility map, as a database in service has them (autovacuum would, later).
  await sql.raw(kind === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE').execute(db);
  return {
    centres: opts.centres,
    territories: opts.territories,
    year: opts.year,
    records,
    factRows,
    byEntity,
    seconds: Math.round((performance.now() - started) / 100) / 10,
    users,
    firstCentreId: centreId(0),
    firstTerritoryId: territoryId(0),
  };
}
