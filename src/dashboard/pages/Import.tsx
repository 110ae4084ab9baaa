// Import of a tablet's "données en attente" file: the way out when a tablet cannot sync. Same
// idempotent rules as a push, so importing the same file twice changes nothing.
import { useState } from 'preact/hooks';
import { api, errorText } from '../api';
import { ErrorMessage, OkMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { t } from '../i18n';
import { BASE } from '../router';

interface ImportResult {
  deviceId: string;
  lastSeq: number;
  applied: number;
  duplicate: number;
  rejected: number;
  results: { seq: number; status: string; error?: string }[];
}

const MAX_BYTES = 20 * 1024 * 1024;

export function Import() {
  const [file, setFile] = useState<File>();
  const [error, setError] = useState<string>();
  const [result, setResult] = useState<ImportResult>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    setError(undefined);
    setResult(undefined);
    if (!file) {
      setError(t('coord.import.noFile'));
      return;
    }
    if (file.size > MAX_BYTES) {
      setError(t('coord.import.tooBig'));
      return;
    }
    let body: unknown;
    try {
      body = JSON.parse(await file.text());
    } catch {
      setError(t('coord.import.notJson'));
      return;
    }
    // Checked here too, so a wrong file gets our sentence rather than a field-by-field list.
    if ((body as { format?: unknown } | null)?.format !== 'borne-outbox') {
      setError(t('coord.import.notJson'));
      return;
    }
    setBusy(true);
    try {
      setResult(await api.post<ImportResult>('imports/outbox', body));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Page title={t('coord.import.title')}>
      <p>{t('coord.import.intro')}</p>
      <p>{t('coord.import.safe')}</p>
      <form class="card" onSubmit={submit}>
        <label for="import-file">{t('coord.import.file')}</label>
        <input
          id="import-file"
          type="file"
          accept=".json,application/json"
          aria-describedby="import-file-hint"
          onChange={(e) => setFile(e.currentTarget.files?.[0])}
        />
        <p class="hint" id="import-file-hint">
          {t('coord.import.fileHint')}
        </p>
        <ErrorMessage text={error} />
        <button type="submit" class="button-primary" disabled={busy}>
          {t('coord.import.submit')}
        </button>
      </form>
      <OkMessage
        text={
          result &&
          t('coord.import.done', {
            applied: result.applied,
            duplicate: result.duplicate,
            rejected: result.rejected,
          })
        }
      />
      {result && result.rejected > 0 && (
        <p>
          <a href={`${BASE}/a-corriger`}>{t('coord.import.seeQuarantine')}</a>
        </p>
      )}
    </Page>
  );
}
