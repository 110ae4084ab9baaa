// Review state beside a record (reçu / à vérifier / validé) with a comment; the record itself is
// never rewritten.
import { useState } from 'preact/hooks';
import { api, errorText } from '../api';
import { formatDateTime, label, t } from '../i18n';
import type { Review, ReviewState } from '../types';
import { TextArea } from './fields';
import { ErrorMessage, OkMessage } from './Messages';

const STATES: ReviewState[] = ['recu', 'a_verifier', 'valide'];

export function ReviewForm({ recordId, review }: { recordId: string; review: Review | null }) {
  const [state, setState] = useState<ReviewState>(review?.state ?? 'recu');
  const [comment, setComment] = useState(review?.comment ?? '');
  const [current, setCurrent] = useState(review);
  const [error, setError] = useState<string>();
  const [ok, setOk] = useState<string>();
  const [busy, setBusy] = useState(false);

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setOk(undefined);
    try {
      const res = await api.put<{ review: Review }>(`records/${encodeURIComponent(recordId)}/review`, {
        state,
        comment: comment.trim() || undefined,
      });
      setCurrent(res.review);
      setOk(t('coord.review.saved', { state: label('review', res.review.state) }));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="card" onSubmit={save}>
      <h2>{t('coord.review.title')}</h2>
      {current?.updatedBy && (
        <p class="hint">
          {t('coord.review.last', { name: current.updatedBy.name, at: formatDateTime(current.updatedAt) })}
        </p>
      )}
      <fieldset>
        <legend>{t('coord.filter.review')}</legend>
        {STATES.map((s) => (
          <label class="check" key={s}>
            <input
              type="radio"
              name="review-state"
              value={s}
              checked={state === s}
              onChange={() => setState(s)}
            />
            {label('review', s)}
          </label>
        ))}
      </fieldset>
      <TextArea
        id="review-comment"
        label={t('coord.review.comment')}
        hint={t('coord.review.commentHint')}
        value={comment}
        onInput={setComment}
        rows={3}
      />
      <ErrorMessage text={error} />
      <OkMessage text={ok} />
      <button type="submit" class="button-primary" disabled={busy}>
        {t('coord.save')}
      </button>
    </form>
  );
}
