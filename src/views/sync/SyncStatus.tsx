// The sync status in words, for the team screens: what waits, since when, the last success, the
// last problem as a person says it, and the "Synchroniser" button. `full` adds the refused
// records, the update offer after a 426 and the pending-data export.
import './sync.css';
import { useState } from 'preact/hooks';
import { language, t } from '../../i18n';
import { applyUpdate, checkForUpdate, updateWaiting } from '../../platform/sw-bridge';
import type { SyncOutcome } from '../../sync/engine';
import { describeSyncError, formatAgo, retriesByItself, type SyncStatusData } from '../../sync/status';
import { syncNow } from '../../sync/sync-client';
import { ExportButton } from './ExportButton';
import { pendingSentence } from './pending-text';
import { RejectedList } from './RejectedList';
import { useSyncStatus } from './useSyncStatus';

function progressText(s: SyncStatusData): string | undefined {
  if (!s.progress) return undefined;
  if (s.progress.phase === 'push' && s.progress.total > 0)
    return t('sync.progress.push', { done: s.progress.done, total: s.progress.total });
  return s.progress.phase === 'pull' ? t('sync.progress.pull') : t('sync.running');
}

function outcomeText(outcome: SyncOutcome | undefined): string {
  if (!outcome) return '';
  if (outcome.status === 'ok') return t('sync.outcome.ok');
  if (outcome.status === 'busy') return t('sync.outcome.busy');
  if (outcome.status === 'error') return describeSyncError(outcome.kind);
  if (outcome.status === 'not_enrolled') return t('sync.error.not_enrolled');
  return '';
}

export function SyncStatus({ full = false }: { full?: boolean }) {
  const { status, now } = useSyncStatus();
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<SyncOutcome | undefined>(undefined);
  const lang = language.value;

  async function run() {
    setRunning(true);
    setOutcome(undefined);
    try {
      setOutcome(await syncNow('manual'));
    } catch {
      setOutcome({ status: 'error', kind: 'server' });
    } finally {
      setRunning(false);
    }
  }

  function update() {
    if (updateWaiting.value) applyUpdate();
    else checkForUpdate();
  }

  if (!status) return <p class="loading">{t('loading')}</p>;
  const progress = progressText(status);
  const error = status.lastError;

  return (
    <section class="sync-status card" aria-labelledby="sync-status-title" data-testid="sync-status">
      <h2 id="sync-status-title">{t('sync.title')}</h2>
      <p data-testid="sync-pending">{pendingSentence(status.pendingKinds, lang)}</p>
      {status.oldestQueuedAt && (
        <p data-testid="sync-oldest">
          {t('sync.oldest', { ago: formatAgo(status.oldestQueuedAt, now, lang) })}
        </p>
      )}
      <p data-testid="sync-last-success">
        {status.lastSuccessAt
          ? t('sync.lastSuccess', { ago: formatAgo(status.lastSuccessAt, now, lang) })
          : t('sync.lastSuccess.never')}
      </p>
      {status.restore && (
        <p data-testid="sync-restore">
          {t(status.restore.done ? 'sync.restore.done' : 'sync.restore.pending', {
            ago: formatAgo(status.restore.detectedAt, now, lang),
            count: status.restore.queued,
          })}
        </p>
      )}
      {error && (
        <p class="sync-error" data-testid="sync-last-error">
          {t('sync.lastError', { ago: formatAgo(error.at, now, lang), what: describeSyncError(error.kind) })}
          {retriesByItself(error.kind) && ` ${t('sync.autoRetry')}`}
        </p>
      )}
      {error?.kind === 'unauthorized' && (
        // The server no longer knows this tablet (a restore): enrol it again, keeping what it holds.
        <p>
          <a href="/installation" class="button" data-testid="sync-re-enrol">
            {t('sync.reEnrol')}
          </a>
        </p>
      )}
      <p role="status" aria-live="polite" data-testid="sync-progress">
        {running || progress ? (progress ?? t('sync.running')) : outcomeText(outcome)}
      </p>
      <div class="sync-actions">
        <button type="button" class="button button-primary" disabled={running} onClick={() => void run()}>
          {t('sync.button')}
        </button>
        {status.updateNeeded && (
          <button type="button" class="button" onClick={update}>
            {t('sync.update')}
          </button>
        )}
      </div>
      {full && <RejectedList rejected={status.rejected} now={now} />}
      {full && <ExportButton pending={status.pending} />}
    </section>
  );
}
