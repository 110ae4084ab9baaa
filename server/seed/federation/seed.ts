// `seed-federation` (scale benchmark): a federation of centres in territories, one calendar year of
// records each (federation/plan.ts), written straight into `records` and the figures' side tables
// (the same extraction rule as a push, server/facts/extract.ts) in one transaction per centre —
// far faster than pushing them, and the stored rows are those a push would store. The tables are
// loaded without their secondary indexes, which are built once at the end (indexes.ts), then
// after-load.ts fills what is derived from the side tables. It refuses a database that already
// holds records: a seed run twice would double the year.
import { sql } from 'kysely';
import { makePinVerifier } from '../../../src/crypto/pin';
import type { Deps } from '../../app-env';
import { bumpChangeVersion } from '../../db/change-version';
import { FACT_TABLES } from '../../facts/write';
import { ensureTerritory } from '../../services/centres';
import { createUser } from '../../services/users';
import { afterBulkLoad } from './after-load';
import { BulkWriter, type TableStats } from './bulk';
import { seedCentre } from './centre';
import { dropIndexes, rebuildIndexes, secondaryIndexes } from './indexes';
import { daysOf } from './plan';

export interface FederationOptions {
  centres: number;
  territories: number;
  year: number;
  /** Password of the seeded dashboard users (admin, one per territory, one for the first centre). */
  password: string;
  seed?: number;
  /** The first months of the year only (tests); default the whole year. */
  months?: number;
  /** Stop loading new centres after this many seconds (the centres begun are finished, then the
   *  indexes built as always; the first centre is always seeded): on a busy machine, a smaller
   *  federation by a deadline. */
  stopAfterSeconds?: number;
  /** Centres seeded at once, each on its own connection (default: 2 on PostgreSQL, 1 on SQLite). */
  lanes?: number;
  onCentre?: (done: number, total: number, records: number) => void;
}

export interface FederationResult {
  /** Centres seeded: all those asked, or fewer when stopAfterSeconds ended the load first. */
  centres: number;
  requested: number;
  territories: number;
  year: number;
  records: number;
  factRows: number;
  byEntity: Record<string, number>;
  seconds: number;
  /** Where the time went: the load (centre after centre), VACUUM ANALYZE, each index build, and
   *  what follows the load (after-load.ts). */
  phases: {
    lanes: number;
    loadSeconds: number;
    vacuumSeconds: number;
    indexSeconds: Record<string, number>;
    afterLoadSeconds: number;
  };
  /** Rows written per table and the time its statements took, summed over the lanes (rows/s per
   *  connection: what held the load up). */
  tables: Record<string, TableStats & { rowsPerSecond: number }>;
  users: { admin: string; territory: string; centre: string };
  firstCentreId: string;
  firstTerritoryId: string;
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');
export const territoryId = (t: number) => `fed-t${pad(t + 1, 2)}`;
export const centreId = (c: number) => `fed-c${pad(c + 1, 3)}`;
export const FEDERATION_PIN = '2468';
const round1 = (n: number) => Math.round(n * 10) / 10;

export async function seedFederation(
  deps: Pick<Deps, 'database' | 'secrets' | 'now'>,
  opts: FederationOptions,
): Promise<FederationResult> {
  const seedStarted = performance.now();
  const { db, kind } = deps.database;
  const now = deps.now();
  const any = await db.selectFrom('records').select('id').limit(1).executeTakeFirst();
  if (any) {
    throw new Error(
      'Cette base contient déjà des enregistrements : une fédération se sème dans une base vide (sinon l’année compterait double).',
    );
  }
  // PostgreSQL: two centres at a time, each on its own connection (the database's work is most of
  // the seed's: a second lane keeps it busy while the first builds its next day). SQLite has one
  // writer.
  const lanes = Math.min(opts.lanes ?? (kind === 'postgres' ? 2 : 1), opts.centres);
  const writers: BulkWriter[] = [];
  for (let i = 0; i < lanes; i++) {
    const w = new BulkWriter(db, kind);
    await w.prepare(['records', ...FACT_TABLES]);
    writers.push(w);
  }
  const stats = () => sumStats(writers);

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
  const days = daysOf(opts.year).filter((d) => d.getUTCMonth() < (opts.months ?? 12));
  const pinVerifier = JSON.stringify(await makePinVerifier(FEDERATION_PIN));
  const indexes = await secondaryIndexes(db, kind, ['records', ...FACT_TABLES]);
  await dropIndexes(db, indexes);
  const loadStarted = performance.now();
  let next = 0;
  let done = 0;
  let failed = false;
  const lane = async (bulk: BulkWriter) => {
    // The first centre is always seeded (it has the centre's coordinator).
    const late = (c: number) =>
      c > 0 &&
      opts.stopAfterSeconds !== undefined &&
      performance.now() - loadStarted >= opts.stopAfterSeconds * 1000;
    for (let c = next++; c < opts.centres && !failed && !late(c); c = next++) {
      const tid = territoryId(c % opts.territories);
      const counted = await seedCentre(deps, bulk, {
        index: c,
        id: centreId(c),
        territoryId: tid,
        partnerIds: partnersOf.get(tid)!,
        seed: opts.seed ?? 2026,
        days,
        pinVerifier,
      }).catch((err) => {
        failed = true;
        throw err;
      });
      if (c === 0) {
        await createUser(
          db,
          {
            login: users.centre,
            name: 'Coordination du centre 1',
            password: opts.password,
            role: 'coordinator',
            centreIds: [centreId(0)],
          },
          now,
        );
      }
      for (const [entity, n] of Object.entries(counted)) byEntity[entity] = (byEntity[entity] ?? 0) + n;
      done++;
      opts.onCentre?.(done, opts.centres, stats().records!.rows);
    }
  };
  await Promise.all(writers.map(lane));
  const loadSeconds = (performance.now() - loadStarted) / 1000;
  // Statistics and the visibility map (index-only scans), as a database in service has them
  // (autovacuum would, later); before the index builds, which then read pages already marked.
  let started = performance.now();
  await sql.raw(kind === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE').execute(db);
  const vacuumSeconds = (performance.now() - started) / 1000;
  const indexSeconds = await rebuildIndexes(db, kind, indexes);
  started = performance.now();
  await afterBulkLoad(db);
  const afterLoadSeconds = (performance.now() - started) / 1000;
  const tables = stats();
  const records = tables.records!.rows;
  const factRows = FACT_TABLES.reduce((sum, t) => sum + tables[t]!.rows, 0);
  return {
    centres: done,
    requested: opts.centres,
    territories: opts.territories,
    year: opts.year,
    records,
    factRows,
    byEntity,
    seconds: round1((performance.now() - seedStarted) / 1000),
    phases: {
      lanes,
      loadSeconds: round1(loadSeconds),
      vacuumSeconds: round1(vacuumSeconds),
      indexSeconds,
      afterLoadSeconds: round1(afterLoadSeconds),
    },
    tables: Object.fromEntries(
      Object.entries(tables).map(([t, s]) => [
        t,
        {
          rows: s.rows,
          seconds: round1(s.seconds),
          rowsPerSecond: s.seconds ? Math.round(s.rows / s.seconds) : 0,
        },
      ]),
    ),
    users,
    firstCentreId: centreId(0),
    firstTerritoryId: territoryId(0),
  };
}

function sumStats(writers: readonly BulkWriter[]): Record<string, TableStats> {
  const out: Record<string, TableStats> = {};
  for (const w of writers)
    for (const [t, s] of Object.entries(w.stats)) {
      const o = out[t] ?? { rows: 0, seconds: 0 };
      out[t] = { rows: o.rows + s.rows, seconds: o.seconds + s.seconds };
    }
  return out;
}
