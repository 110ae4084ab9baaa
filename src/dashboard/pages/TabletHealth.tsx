// A tablet's last heartbeat on the tablets page (issue 11): versions, what waits to be sent and
// since when, storage, the last sync error in words, and the flags that call for attention.
import { formatDateTime, formatNumber, t } from '../i18n';

export type TabletFlag =
  | { kind: 'silent'; days: number }
  | { kind: 'storage_nearly_full'; usedShare: number }
  | { kind: 'old_version'; version: string; current: string };

export interface TabletHealthData {
  lastContactAt: string | null;
  heartbeatAt: string | null;
  heartbeat: {
    appVersion: string;
    contentVersion?: number;
    pending: number;
    oldestPendingAgeSec?: number;
    storageUsedBytes?: number;
    storageQuotaBytes?: number;
    storagePersisted?: boolean;
    lastError?: string;
  } | null;
  flags: TabletFlag[];
}

const MB = 1024 * 1024;
const megabytes = (bytes: number) => formatNumber(bytes / MB, bytes < 10 * MB ? 1 : 0);

/** « 2 jours », « 5 heures », « 12 minutes »: a wait in words. */
export function ageText(seconds: number): string {
  if (seconds >= 86_400) return t('coord.health.days', { n: Math.floor(seconds / 86_400) });
  if (seconds >= 3600) return t('coord.health.hours', { n: Math.floor(seconds / 3600) });
  return t('coord.health.minutes', { n: Math.max(1, Math.floor(seconds / 60)) });
}

export function flagText(flag: TabletFlag): string {
  if (flag.kind === 'silent') return t('coord.health.silent', { n: flag.days });
  if (flag.kind === 'storage_nearly_full')
    return t('coord.health.storageFull', { percent: Math.round(flag.usedShare * 100) });
  return t('coord.health.oldVersion', { version: flag.version, current: flag.current });
}

export function TabletFlags({ flags }: { flags: TabletFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul class="msg msg-warn" data-testid="tablet-flags" aria-label={t('coord.health.attention')}>
      {flags.map((f) => (
        <li key={f.kind}>{flagText(f)}</li>
      ))}
    </ul>
  );
}

export function TabletHealth({ health }: { health: TabletHealthData }) {
  const hb = health.heartbeat;
  return (
    <div data-testid="tablet-health">
      <TabletFlags flags={health.flags} />
      {!hb ? (
        <p class="hint">{t('coord.health.none')}</p>
      ) : (
        <dl class="details">
          <dt>{t('coord.health.heardAt')}</dt>
          <dd>{formatDateTime(health.heartbeatAt)}</dd>
          <dt>{t('coord.health.version')}</dt>
          <dd>
            {hb.contentVersion === undefined
              ? t('coord.health.versionOnly', { app: hb.appVersion })
              : t('coord.health.versions', { app: hb.appVersion, content: hb.contentVersion })}
          </dd>
          <dt>{t('coord.health.pending')}</dt>
          <dd>
            {hb.pending === 0
              ? t('coord.health.nothingPending')
              : hb.oldestPendingAgeSec === undefined
                ? t('coord.health.pendingCount', { n: hb.pending })
                : t('coord.health.pendingSince', { n: hb.pending, age: ageText(hb.oldestPendingAgeSec) })}
          </dd>
          <dt>{t('coord.health.storage')}</dt>
          <dd>
            {hb.storageUsedBytes === undefined || !hb.storageQuotaBytes
              ? t('coord.health.storageUnknown')
              : t('coord.health.storageUse', {
                  used: megabytes(hb.storageUsedBytes),
                  quota: megabytes(hb.storageQuotaBytes),
                })}{' '}
            {hb.storagePersisted === true
              ? t('coord.health.persisted')
              : hb.storagePersisted === false
                ? t('coord.health.notPersisted')
                : ''}
          </dd>
          <dt>{t('coord.health.lastError')}</dt>
          <dd>{hb.lastError ?? t('coord.health.noError')}</dd>
        </dl>
      )}
    </div>
  );
}
