// The current outing (place, neighbourhood, QPV, since when) with "Terminer", or the way to start one.
import { useState } from 'preact/hooks';
import { endOuting } from '../../agent/outings';
import { navigate } from '../../app/router';
import { StorageFullError } from '../../db/outbox';
import { t } from '../../i18n';
import type { Outing } from '../../shared/records';
import { showFlash } from './flash';
import { formatTime } from './format';
import { Picto } from './icons';
import { useTeam } from './team-context';

export function OutingCard({ outing }: { outing: Outing | undefined }) {
  const { ctx } = useTeam();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string>();

  if (!outing)
    return (
      <section class="card team-outing-card" data-testid="outing-card" aria-label={t('agent.outing.current')}>
        <p>{t('agent.outing.none')}</p>
        <button type="button" class="button" onClick={() => navigate('/equipe/sortie')}>
          {t('agent.outing.start')}
        </button>
      </section>
    );

  async function end() {
    try {
      await endOuting(ctx, outing!);
      setConfirming(false);
      showFlash('agent.outing.ended');
    } catch (err) {
      setError(t(err instanceof StorageFullError ? 'error.quota' : 'error.generic'));
    }
  }

  return (
    <section class="card team-outing-card" data-testid="outing-card" aria-labelledby="outing-title">
      <h2 id="outing-title">
        <Picto name={outing.placeKind} />
        {t('agent.outing.current')} : {outing.placeLabel}
      </h2>
      <p>
        {t(`agent.place.${outing.placeKind}`)} · {outing.neighbourhood}
        {outing.commune ? ` (${outing.commune})` : ''} ·{' '}
        {t(outing.qpv ? 'agent.outing.qpvYes' : 'agent.outing.qpvNo')} ·{' '}
        {t('agent.outing.since', { time: formatTime(outing.startedAt) })}
      </p>
      {confirming ? (
        <div class="team-confirm">
          <p>{t('agent.outing.endConfirm')}</p>
          <button type="button" class="button button-danger" onClick={end}>
            {t('agent.outing.endYes')}
          </button>
          <button type="button" class="button" onClick={() => setConfirming(false)}>
            {t('action.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" class="button" onClick={() => setConfirming(true)}>
          {t('agent.outing.end')}
        </button>
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
