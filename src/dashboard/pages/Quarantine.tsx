// Mutations a tablet sent that failed validation: kept with their reason (nothing is dropped
// silently). A coordinator corrects the record (it then goes through the same checks as a push)
// or dismisses it with a comment.
import { useState } from 'preact/hooks';
import { api, errorText } from '../api';
import { SelectField, TextArea, taxonomyOptions } from '../components/fields';
import { ErrorMessage, InfoMessage, Loading, OkMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { type Paged, Pager } from '../components/Pager';
import { useResource } from '../components/useResource';
import { type CoordKey, formatDate, formatDateTime, label, t } from '../i18n';
import { route, setQuery } from '../router';
import type { QuarantineRow } from '../types';

const STATUSES = ['open', 'corrected', 'dismissed'] as const;
const STATUS_KEYS: Record<(typeof STATUSES)[number], CoordKey> = {
  open: 'coord.quarantine.open',
  corrected: 'coord.quarantine.corrected',
  dismissed: 'coord.quarantine.dismissed',
};

/** The quarantine keeps the whole mutation ({seq, entity, op, record}); the record is what gets fixed. */
function recordOf(stored: unknown): unknown {
  const m = stored as { record?: unknown; entity?: unknown } | null;
  return m && typeof m === 'object' && 'entity' in m && m.record && typeof m.record === 'object'
    ? m.record
    : stored;
}

function Item({ row, onDone }: { row: QuarantineRow; onDone: (message: string) => void }) {
  const [mode, setMode] = useState<'view' | 'correct' | 'dismiss'>('view');
  const [text, setText] = useState(() => JSON.stringify(recordOf(row.record), null, 2));
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const base = `quarantine/${row.id}`;

  const correct = async (event: Event) => {
    event.preventDefault();
    let record: unknown;
    try {
      record = JSON.parse(text);
    } catch {
      setError(t('coord.quarantine.notJson'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`${base}/correct`, { record });
      onDone(t('coord.quarantine.correctedOk', { seq: row.seq }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const dismiss = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await api.post(`${base}/dismiss`, { comment: comment.trim() || undefined });
      onDone(t('coord.quarantine.dismissedOk', { seq: row.seq }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const heading = t('coord.quarantine.item', {
    entity: label('entity', row.entity),
    seq: row.seq,
    device: row.deviceName ?? row.deviceId,
  });
  return (
    <section class="card" aria-label={heading}>
      <h2>{heading}</h2>
      <p>
        <strong>{t('coord.quarantine.reason')} :</strong>{' '}
        {row.reasonCode === 'restore_lost' && row.restoredAt
          ? t('coord.quarantine.restoreLost', { date: formatDate(row.restoredAt) })
          : row.reason}
      </p>
      <p class="hint">{t('coord.quarantine.received', { at: formatDateTime(row.receivedAt) })}</p>
      {row.status === 'open' && mode === 'view' && (
        <div class="row">
          <button type="button" class="button-primary" onClick={() => setMode('correct')}>
            {t('coord.quarantine.correct')}
          </button>
          <button type="button" class="button-danger" onClick={() => setMode('dismiss')}>
            {t('coord.quarantine.dismiss')}
          </button>
        </div>
      )}
      {mode === 'correct' && (
        <form onSubmit={correct}>
          <TextArea
            id={`q-${row.id}-record`}
            label={t('coord.quarantine.record')}
            hint={t('coord.quarantine.recordHint')}
            value={text}
            onInput={setText}
            rows={14}
            dir="ltr"
          />
          <ErrorMessage text={error} />
          <div class="row">
            <button type="submit" class="button-primary" disabled={busy}>
              {t('coord.quarantine.sendCorrection')}
            </button>
            <button type="button" onClick={() => setMode('view')}>
              {t('coord.cancel')}
            </button>
          </div>
        </form>
      )}
      {mode === 'dismiss' && (
        <form onSubmit={dismiss}>
          <p>{t('coord.quarantine.dismissExplain')}</p>
          <TextArea
            id={`q-${row.id}-comment`}
            label={t('coord.review.comment')}
            value={comment}
            onInput={setComment}
            rows={2}
          />
          <ErrorMessage text={error} />
          <div class="row">
            <button type="submit" class="button-danger" disabled={busy}>
              {t('coord.quarantine.confirmDismiss')}
            </button>
            <button type="button" onClick={() => setMode('view')}>
              {t('coord.cancel')}
            </button>
          </div>
        </form>
      )}
      {mode === 'view' && (
        <details>
          <summary>{t('coord.quarantine.show')}</summary>
          <pre dir="ltr">{JSON.stringify(recordOf(row.record), null, 2)}</pre>
        </details>
      )}
    </section>
  );
}

export function Quarantine() {
  const query = route.value.query;
  const status = query.get('statut') ?? 'open';
  const page = query.get('page') ?? undefined;
  const [done, setDone] = useState<string>();
  const res = useResource(
    () => api.get<Paged<QuarantineRow>>('quarantine', { status, page }),
    `${status}/${page}`,
  );
  return (
    <Page title={t('coord.quarantine.title')}>
      <p>{t('coord.quarantine.intro')}</p>
      <div class="row">
        <SelectField
          id="q-status"
          label={t('coord.quarantine.status')}
          value={status}
          options={taxonomyOptions(STATUSES, (s) => t(STATUS_KEYS[s as (typeof STATUSES)[number]]))}
          onChange={(value) => setQuery({ statut: value, page: undefined })}
        />
      </div>
      <OkMessage text={done} />
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {res.data?.total === 0 && <InfoMessage>{t('coord.quarantine.empty')}</InfoMessage>}
      {res.data?.items.map((row) => (
        <Item
          key={row.id}
          row={row}
          onDone={(message) => {
            setDone(message);
            res.reload();
          }}
        />
      ))}
      {res.data && <Pager data={res.data} onPage={(p) => setQuery({ page: String(p) }, { push: true })} />}
    </Page>
  );
}
