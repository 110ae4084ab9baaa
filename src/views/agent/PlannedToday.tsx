// « Aujourd'hui »'s planned permanences (issue 11): today's plan from the dashboard, pulled to the
// tablet, with one tap to start the outing from it; once started it reads « tenue ».
import { useState } from 'preact/hooks';
import { plannedToday, startFromPermanence } from '../../agent/permanences';
import { StorageFullError } from '../../db/outbox';
import { t } from '../../i18n';
import { clock } from '../../platform/clock';
import { showFlash } from './flash';
import { Picto } from './icons';
import { useTeam } from './team-context';
import { useLive } from './useLive';

export function PlannedToday() {
  const { ctx } = useTeam();
  const planned = useLive(() => plannedToday(ctx.db, ctx.agentId, clock.now()), [ctx]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  if (!planned || planned.length === 0) return null;

  async function start(index: number) {
    const item = planned![index]!;
    setBusy(true);
    setError(undefined);
    try {
      await startFromPermanence(ctx, item.permanence, item.date);
      showFlash('agent.outing.started');
    } catch (err) {
      setError(t(err instanceof StorageFullError ? 'error.quota' : 'error.generic'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section class="card team-planned" aria-labelledby="planned-title" data-testid="planned-today">
      <h2 id="planned-title">{t('agent.planned.title')}</h2>
      <ul class="team-planned-list">
        {planned.map((item, i) => {
          const p = item.permanence;
          return (
            <li key={p.id} data-testid="planned-item">
              <p class="team-planned-place">
                <Picto name={p.placeKind} />
                <strong>{p.placeLabel}</strong>
              </p>
              <p>
                {t('agent.planned.when', { start: p.startTime, end: p.endTime })} · {p.neighbourhood}
                {p.qpv ? ` · ${t('agent.outing.qpvYes')}` : ''}
                {item.mine ? ` · ${t('agent.planned.mine')}` : ''}
              </p>
              {item.held ? (
                <p class="team-planned-held">{t('agent.planned.held')}</p>
              ) : (
                <button type="button" class="button button-primary" disabled={busy} onClick={() => start(i)}>
                  {t('agent.planned.start', { place: p.placeLabel })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
