// The sync status as the team sees it, read live from the local database (so every tab shows what
// the sync worker of any tab did) and put into words in the current language.
import { liveQuery } from 'dexie';
import type { BorneDatabase } from '../db/database';
import { LOCALE_TAGS, type MessageKey, t } from '../i18n';
import '../i18n/team';
import type { Language } from '../shared/taxonomy';
import type { SyncErrorKind } from './http';
import { type PendingKinds, readPendingKinds } from './pending-kinds';
import type { LastError, RejectedMutation, RestoreSeen, SyncProgress } from './state';

export interface SyncStatusData {
  pending: number;
  /** The same, by record and kind: encounters, kiosk traces, the rest. */
  pendingKinds: PendingKinds;
  /** When the oldest change still in the outbox was made (device clock). */
  oldestQueuedAt?: string;
  lastSuccessAt?: string;
  lastError?: LastError;
  progress?: SyncProgress;
  rejected: RejectedMutation[];
  /** True after a 426: nothing is pushed until the app is updated. */
  updateNeeded: boolean;
  /** The last server restore this tablet saw (src/sync/restore.ts). */
  restore?: RestoreSeen;
}

export async function readSyncStatus(db: BorneDatabase, protocol: number): Promise<SyncStatusData> {
  return db.transaction('r', [db.outbox, db.syncState], async () => {
    const [pending, pendingKinds, oldest, rows] = await Promise.all([
      db.outbox.count(),
      readPendingKinds(db),
      db.outbox.orderBy(':id').first(),
      db.syncState.bulkGet([
        'lastSuccessAt',
        'lastError',
        'progress',
        'rejected',
        'protocolRefused',
        'restore:last',
      ]),
    ]);
    const [lastSuccessAt, lastError, progress, rejected, protocolRefused, restore] = rows.map(
      (r) => r?.value,
    );
    return {
      pending,
      pendingKinds,
      oldestQueuedAt: oldest?.queuedAt,
      lastSuccessAt: lastSuccessAt as string | undefined,
      lastError: lastError as LastError | undefined,
      progress: progress as SyncProgress | undefined,
      rejected: (rejected as RejectedMutation[] | undefined) ?? [],
      updateNeeded: protocolRefused === protocol,
      restore: restore as RestoreSeen | undefined,
    };
  });
}

/** Calls `onChange` now and after every change; returns the function that stops watching. */
export function watchSyncStatus(
  db: BorneDatabase,
  protocol: number,
  onChange: (status: SyncStatusData) => void,
): () => void {
  const subscription = liveQuery(() => readSyncStatus(db, protocol)).subscribe({
    next: onChange,
    error: (error) => console.warn('[sync] status unavailable', error),
  });
  return () => subscription.unsubscribe();
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** "il y a 5 min", "hier", "à l'instant" in the current language. */
export function formatAgo(at: string | Date, now: Date, lang: Language): string {
  const ms = now.getTime() - new Date(at).getTime();
  if (ms < 60_000) return t('sync.justNow', undefined, lang);
  const format = new Intl.RelativeTimeFormat(LOCALE_TAGS[lang], { numeric: 'auto', style: 'long' });
  for (const [unit, size] of UNITS) {
    if (ms >= size) return format.format(-Math.floor(ms / size), unit);
  }
  return t('sync.justNow', undefined, lang);
}

/** The last error as a person would say it. */
export function describeSyncError(kind: SyncErrorKind, lang?: Language): string {
  return t(`sync.error.${kind}` as MessageKey, undefined, lang);
}

/** Errors that fix themselves when the network or the server comes back. */
export { isRetryable as retriesByItself } from './http';
