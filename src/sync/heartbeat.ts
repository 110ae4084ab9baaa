// What the tablet says about itself with each push (src/shared/heartbeat.ts): app and content
// versions, what waits in the outbox and since when, storage used/quota/persistent, and the last
// sync error in words. Read in the sync worker; storage comes through a parameter so tests set it.
import { newestStoredVersion } from '../content/bundle-storage';
import type { BorneDatabase } from '../db/database';
import { sync as syncMessages } from '../i18n/messages/sync';
import { APP_VERSION, type Heartbeat } from '../shared/heartbeat';
import type { LastError } from './state';

export interface StorageReport {
  usage?: number | undefined;
  quota?: number | undefined;
  persisted?: boolean | undefined;
}

/** navigator.storage where it exists (page or worker); every answer optional. */
export async function browserStorage(storage: StorageManager | undefined): Promise<StorageReport> {
  try {
    const estimate = await storage?.estimate?.();
    const persisted = await storage?.persisted?.();
    return { usage: estimate?.usage, quota: estimate?.quota, persisted };
  } catch {
    return {};
  }
}

/** The last error as the team reads it, in French (the coordinators' language). */
export function errorInWords(error: LastError): string {
  const key = `sync.error.${error.kind}` as keyof (typeof syncMessages)['fr'];
  const words = syncMessages.fr[key] ?? error.kind;
  return (error.message ? `${words} ${error.message}` : words).slice(0, 300);
}

export async function collectHeartbeat(
  db: BorneDatabase,
  now: Date,
  storage: () => Promise<StorageReport>,
): Promise<Heartbeat> {
  const [pending, oldest, lastError, contentVersion, store] = await Promise.all([
    db.outbox.count(),
    db.outbox.orderBy(':id').first(),
    db.syncState.get('lastError'),
    newestStoredVersion(db),
    storage(),
  ]);
  const heartbeat: Heartbeat = { appVersion: APP_VERSION, pending };
  if (contentVersion !== undefined) heartbeat.contentVersion = contentVersion;
  if (oldest)
    heartbeat.oldestPendingAgeSec = Math.max(
      0,
      Math.floor((now.getTime() - Date.parse(oldest.queuedAt)) / 1000),
    );
  if (Number.isFinite(store.usage)) heartbeat.storageUsedBytes = Math.max(0, store.usage!);
  if (Number.isFinite(store.quota)) heartbeat.storageQuotaBytes = Math.max(0, store.quota!);
  if (store.persisted !== undefined) heartbeat.storagePersisted = store.persisted;
  if (lastError?.value) heartbeat.lastError = errorInWords(lastError.value as LastError);
  return heartbeat;
}
