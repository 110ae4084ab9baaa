// Tablets: enrolment with a one-time code, lookup by bearer token, revocation, commands.
// Used by the sync routes, the CLI (revoke-device, list-devices) and the dashboard.
import type { Kysely } from 'kysely';
import type { Centre } from '../../src/shared/reference';
import { readEpoch } from '../backup/epoch';
import { bumpChangeVersion } from '../db/change-version';
import type { DB } from '../db/schema';
import type { Secrets } from '../secrets';
import { centreRecord, loadCentre } from '../sync/centre-record';
import { normaliseEnrolCode } from './enrol-codes';
import { newId, newToken } from './ids';

export interface DeviceRow {
  id: string;
  centre_id: string;
  name: string;
  last_seq: number;
  status: 'active' | 'revoked';
  enrolled_at: string;
  last_seen_at: string | null;
  revoked_at: string | null;
}

export type EnrolFailure = 'unknown' | 'used' | 'expired' | 'other_centre' | 'device_known';

export class EnrolError extends Error {
  constructor(readonly reason: EnrolFailure) {
    super(`enrolment refused: ${reason}`);
  }
}

export interface Enrolled {
  deviceId: string;
  deviceToken: string;
  centre: Centre;
  /** The database's epoch: a tablet enrolled again sends all it holds under it (src/sync/restore.ts). */
  epoch: string;
}

/**
 * Spends a one-time code and creates the device in the same transaction: the code is marked used
 * with `used_at IS NULL` in the WHERE clause, so of two tablets racing one code only one wins.
 */
export async function enrolDevice(
  db: Kysely<DB>,
  secrets: Secrets,
  input: { code: string; deviceName: string; previous?: { deviceId: string; centreId: string } | undefined },
  now: Date,
): Promise<Enrolled> {
  const codeHash = secrets.tokenHash(normaliseEnrolCode(input.code));
  const nowIso = now.toISOString();
  // Enrolled again after a restore: the tablet keeps its id, which its records carry.
  const deviceId = input.previous?.deviceId ?? newId();
  const deviceToken = newToken();
  const centreId = await db.transaction().execute(async (trx) => {
    const code = await trx
      .selectFrom('enrol_codes')
      .select(['centre_id', 'expires_at', 'used_at'])
      .where('code_hash', '=', codeHash)
      .executeTakeFirst();
    if (!code) throw new EnrolError('unknown');
    if (code.used_at) throw new EnrolError('used');
    if (code.expires_at <= nowIso) throw new EnrolError('expired');
    if (input.previous) {
      // Checked before the code is spent: the person can ask for the right code.
      if (input.previous.centreId !== code.centre_id) throw new EnrolError('other_centre');
      const taken = await trx
        .selectFrom('devices')
        .select('id')
        .where('id', '=', deviceId)
        .executeTakeFirst();
      if (taken) throw new EnrolError('device_known');
    }
    const spent = await trx
      .updateTable('enrol_codes')
      .set({ used_at: nowIso })
      .where('code_hash', '=', codeHash)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(spent.numUpdatedRows) !== 1) throw new EnrolError('used');
    await trx
      .insertInto('devices')
      .values({
        id: deviceId,
        centre_id: code.centre_id,
        name: input.deviceName,
        token_hash: secrets.tokenHash(deviceToken),
        status: 'active',
        enrolled_at: nowIso,
        last_seen_at: nowIso,
        revoked_at: null,
      })
      .execute();
    return code.centre_id;
  });
  const centre = await loadCentre(db, centreId);
  if (!centre) throw new Error(`centre ${centreId} vanished during enrolment`);
  return { deviceId, deviceToken, centre: centreRecord(centre), epoch: await readEpoch(db) };
}

const DEVICE_COLUMNS = [
  'id',
  'centre_id',
  'name',
  'last_seq',
  'status',
  'enrolled_at',
  'last_seen_at',
  'revoked_at',
] as const;

export async function findDeviceByToken(
  db: Kysely<DB>,
  secrets: Secrets,
  token: string,
): Promise<DeviceRow | undefined> {
  return db
    .selectFrom('devices')
    .select(DEVICE_COLUMNS)
    .where('token_hash', '=', secrets.tokenHash(token))
    .executeTakeFirst();
}

export async function findDevice(db: Kysely<DB>, deviceId: string): Promise<DeviceRow | undefined> {
  return db.selectFrom('devices').select(DEVICE_COLUMNS).where('id', '=', deviceId).executeTakeFirst();
}

export async function listDevices(db: Kysely<DB>, centreId?: string): Promise<DeviceRow[]> {
  let query = db.selectFrom('devices').select(DEVICE_COLUMNS).orderBy('centre_id').orderBy('enrolled_at');
  if (centreId) query = query.where('centre_id', '=', centreId);
  return query.execute();
}

/**
 * Revokes a tablet: its next request answers 403 `device_revoked` and the tablet wipes itself.
 * Idempotent (revoking twice keeps the first date). Returns undefined for an unknown id.
 */
export async function revokeDevice(
  db: Kysely<DB>,
  deviceId: string,
  now: Date,
): Promise<DeviceRow | undefined> {
  await db
    .updateTable('devices')
    .set({ status: 'revoked', revoked_at: now.toISOString() })
    .where('id', '=', deviceId)
    .where('status', '=', 'active')
    .execute();
  return findDevice(db, deviceId);
}

/** Queues a command (`wipe`) that the tablet receives in its next pull. */
export async function queueDeviceCommand(
  db: Kysely<DB>,
  deviceId: string,
  command: 'wipe',
  now: Date,
): Promise<string> {
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const version = await bumpChangeVersion(trx);
    await trx
      .insertInto('device_commands')
      .values({ id, device_id: deviceId, command, created_at: now.toISOString(), version })
      .execute();
  });
  return id;
}

/** Records that the tablet was seen, at most once a minute so reads do not become writes. */
export async function touchDevice(db: Kysely<DB>, device: DeviceRow, now: Date): Promise<void> {
  if (device.last_seen_at && now.getTime() - Date.parse(device.last_seen_at) < 60_000) return;
  await db
    .updateTable('devices')
    .set({ last_seen_at: now.toISOString() })
    .where('id', '=', device.id)
    .execute();
}
