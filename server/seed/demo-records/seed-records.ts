// `seed-demo-records`: a realistic stretch of records for the demo centre, pushed through the
// real push service (applyPush) from a demo tablet, so they are validated and stored exactly as a
// tablet's would be (contacts sealed to the centre's key, lookup hashes made by the server).
// Run once: a second run reports what the first made (demo-records.json in the data directory).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seal } from '../../../src/crypto/seal';
import type { CentreSettings } from '../../../src/shared/reference';
import type { Deps } from '../../app-env';
import { enrolDevice } from '../../services/devices';
import { createEnrolCode } from '../../services/enrol-codes';
import { applyPush } from '../../sync/apply-push';
import { DEMO_CENTRE_ID } from '../demo';
import { type DemoTally, planDemoRecords } from './month';
import { seededRandom } from './random';

export const DEMO_DEVICE_NAME = 'Tablette de démonstration';

export interface DemoRecordsResult {
  created: boolean;
  centreId: string;
  deviceId: string;
  from: string;
  to: string;
  seed: number;
  applied: number;
  rejected: number;
  tally: DemoTally;
}

const file = (dataDir: string) => join(dataDir, 'demo-records.json');

/** The previous calendar month and the current one up to yesterday (UTC days), by default. */
export function defaultDemoRange(now: Date): { from: Date; to: Date } {
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return { from, to };
}

export async function seedDemoRecords(
  deps: Pick<Deps, 'database' | 'secrets' | 'now' | 'config'>,
  opts: { from?: Date; to?: Date; seed?: number } = {},
): Promise<DemoRecordsResult> {
  const db = deps.database.db;
  if (existsSync(file(deps.config.dataDir))) {
    return {
      ...(JSON.parse(readFileSync(file(deps.config.dataDir), 'utf8')) as DemoRecordsResult),
      created: false,
    };
  }
  const centre = await db
    .selectFrom('centres')
    .select(['territory_id', 'public_key', 'settings'])
    .where('id', '=', DEMO_CENTRE_ID)
    .executeTakeFirst();
  if (!centre) throw new Error('Le centre de démonstration n’existe pas : lancez d’abord « seed-demo ».');
  const agents = await db
    .selectFrom('agents')
    .select('id')
    .where('centre_id', '=', DEMO_CENTRE_ID)
    .where('deleted_at', 'is', null)
    .execute();
  if (!agents.length) throw new Error('Le centre de démonstration n’a pas d’agent actif.');
  const partners = await db
    .selectFrom('partners')
    .select('id')
    .where('territory_id', '=', centre.territory_id)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
  const activities = await db
    .selectFrom('activities')
    .select('id')
    .where('centre_id', '=', DEMO_CENTRE_ID)
    .where('deleted_at', 'is', null)
    .orderBy('id')
    .execute();
  const settings = JSON.parse(centre.settings) as CentreSettings;

  const now = deps.now();
  const range = defaultDemoRange(now);
  const from = opts.from ?? range.from;
  const to = opts.to ?? range.to;
  const seed = opts.seed ?? 2026;
  const { code } = await createEnrolCode(db, deps.secrets, { centreId: DEMO_CENTRE_ID }, now);
  const device = await enrolDevice(db, deps.secrets, { code, deviceName: DEMO_DEVICE_NAME }, now);

  const plan = planDemoRecords(
    {
      rnd: seededRandom(seed),
      centreId: DEMO_CENTRE_ID,
      deviceId: device.deviceId,
      agentIds: agents.map((a) => a.id).sort(),
      partnerIds: partners.map((p) => p.id),
      activityIds: activities.map((a) => a.id),
      retentionMonths: {
        rappel: settings.retention.monthsByPurpose.rappel ?? 3,
        info_activites: settings.retention.monthsByPurpose.info_activites ?? 24,
      },
    },
    from,
    to,
  );
  const publicKey = JSON.parse(centre.public_key);
  const mutations = [];
  for (const [i, planned] of plan.records.entries()) {
    const record = planned.personal
      ? { ...planned.record, sealed: await seal(planned.personal, publicKey) }
      : planned.record;
    mutations.push({ seq: i + 1, entity: planned.entity, op: 'upsert' as const, record });
  }
  let applied = 0;
  let rejected = 0;
  for (let i = 0; i < mutations.length; i += 500) {
    const answer = await applyPush(
      deps.database,
      deps.secrets,
      { id: device.deviceId, centre_id: DEMO_CENTRE_ID },
      mutations.slice(i, i + 500),
      now,
    );
    applied += answer.results.filter((r) => r.status === 'applied').length;
    rejected += answer.results.filter((r) => r.status === 'rejected').length;
  }
  const result: DemoRecordsResult = {
    created: true,
    centreId: DEMO_CENTRE_ID,
    deviceId: device.deviceId,
    from: from.toISOString().slice(0, 10),
    to: new Date(to.getTime() - 86_400_000).toISOString().slice(0, 10),
    seed,
    applied,
    rejected,
    tally: plan.tally,
  };
  writeFileSync(file(deps.config.dataDir), JSON.stringify(result, null, 2), { mode: 0o600 });
  return result;
}
