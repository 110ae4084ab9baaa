// Tablets watched (issue 11): the last heartbeat of each tablet and the flags a coordinator must
// see — « silencieuse depuis N jours », « stockage presque plein », « version ancienne ». The
// dashboard's tablets page shows them; `tabletsNeedingAttention` is what the home page lists.
import type { Kysely } from 'kysely';
import { APP_VERSION, compareVersions, type Heartbeat } from '../../../src/shared/heartbeat';
import type { DB } from '../../db/schema';
import { inIds } from '../scope';

/** A tablet not heard from for this many days is flagged silent. */
export const SILENT_AFTER_DAYS = 7;
/** Storage used at or above this share of the quota is flagged nearly full. */
export const STORAGE_NEARLY_FULL = 0.9;

const DAY_MS = 86_400_000;

export type TabletFlag =
  | { kind: 'silent'; days: number }
  | { kind: 'storage_nearly_full'; usedShare: number }
  | { kind: 'old_version'; version: string; current: string };

export interface TabletHealth {
  /** Last time the tablet reached the server (any request). */
  lastContactAt: string | null;
  heartbeat: Heartbeat | null;
  heartbeatAt: string | null;
  flags: TabletFlag[];
}

export interface HealthRow {
  status: string;
  enrolled_at: string;
  last_seen_at: string | null;
  heartbeat: string | null;
  heartbeat_at: string | null;
}

const latest = (...dates: (string | null)[]) =>
  dates
    .filter((d): d is string => !!d)
    .sort()
    .at(-1) ?? null;

export function tabletHealth(row: HealthRow, now: Date): TabletHealth {
  const heartbeat = row.heartbeat ? (JSON.parse(row.heartbeat) as Heartbeat) : null;
  const lastContactAt = latest(row.last_seen_at, row.heartbeat_at);
  const flags: TabletFlag[] = [];
  if (row.status === 'active') {
    const since = lastContactAt ?? row.enrolled_at;
    const days = Math.floor((now.getTime() - Date.parse(since)) / DAY_MS);
    if (days >= SILENT_AFTER_DAYS) flags.push({ kind: 'silent', days });
    const { storageUsedBytes: used, storageQuotaBytes: quota } = heartbeat ?? {};
    if (used !== undefined && quota && used / quota >= STORAGE_NEARLY_FULL)
      flags.push({ kind: 'storage_nearly_full', usedShare: Math.round((used / quota) * 100) / 100 });
    if (heartbeat && compareVersions(heartbeat.appVersion, APP_VERSION) < 0)
      flags.push({ kind: 'old_version', version: heartbeat.appVersion, current: APP_VERSION });
  }
  return { lastContactAt, heartbeat, heartbeatAt: row.heartbeat_at, flags };
}

/** The active tablets of `centreIds` that have at least one flag, most silent first. */
export async function tabletsNeedingAttention(db: Kysely<DB>, centreIds: string[], now: Date) {
  const rows = await db
    .selectFrom('devices')
    .select(['id', 'centre_id', 'name', 'status', 'enrolled_at', 'last_seen_at', 'heartbeat', 'heartbeat_at'])
    .where((eb) => inIds(eb, 'centre_id', centreIds))
    .where('status', '=', 'active')
    .execute();
  return rows
    .map((r) => ({ id: r.id, centreId: r.centre_id, name: r.name, ...tabletHealth(r, now) }))
    .filter((t) => t.flags.length > 0)
    .sort(
      (a, b) => (a.lastContactAt ?? '').localeCompare(b.lastContactAt ?? '') || a.name.localeCompare(b.name),
    );
}
