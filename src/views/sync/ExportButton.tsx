import { useState } from 'preact/hooks';
import { getDb } from '../../db/database';
import { getEnrolment } from '../../device/enrolment';
import { t } from '../../i18n';
import { clock } from '../../platform/clock';
import { buildOutboxExport, exportFileName } from '../../sync/export';

/** "Exporter les données en attente": the way out that never depends on the network. */
export function ExportButton({ pending }: { pending: number }) {
  const [message, setMessage] = useState('');

  async function exportPending() {
    const enrolment = await getEnrolment();
    if (!enrolment) return setMessage(t('sync.error.not_enrolled'));
    const file = await buildOutboxExport(getDb(), enrolment, clock.now());
    if (file.mutations.length === 0) return setMessage(t('sync.export.empty'));
    const name = exportFileName(file);
    const url = URL.createObjectURL(new Blob([JSON.stringify(file)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage(t('sync.export.done', { file: name }));
  }

  return (
    <div class="sync-export">
      <p class="sync-hint" id="sync-export-hint">
        {t('sync.export.hint')}
      </p>
      <button
        type="button"
        class="button"
        disabled={pending === 0}
        aria-describedby="sync-export-hint"
        onClick={() => void exportPending()}
      >
        {t('sync.export')}
      </button>
      <p role="status" class="sync-hint">
        {message}
      </p>
    </div>
  );
}
