// /equipe/ateliers: the centre's coming workshops as last pulled, each with « À quoi ça sert »,
// how many signed up, the seats left, and — when a card is in use — a sign-up of that card.
import { useState } from 'preact/hooks';
import { currentCard } from '../../../agent/skills/cards';
import { AlreadyDoneError, loadRoster, signUpCard } from '../../../agent/skills/workshops';
import { navigate } from '../../../app/router';
import { getDb } from '../../../db/database';
import type { LocalActivity } from '../../../db/types';
import { dateFormatter, type MessageKey, t } from '../../../i18n';
import { shortCode } from '../../../shared/pass';
import { useTeam } from '../team-context';
import { useLive } from '../useLive';
import { SeatsLine } from './SeatsLine';
import './skills.css';
import { clock } from '../../../platform/clock';

/** Activities from 12 hours ago on (a workshop of this morning is still checked in this afternoon). */
export async function comingActivities(now: Date): Promise<LocalActivity[]> {
  const since = new Date(now.getTime() - 12 * 3600_000).toISOString();
  return getDb().activities.where('startsAt').aboveOrEqual(since).sortBy('startsAt');
}

export function when(iso: string): string {
  return dateFormatter({
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

function Workshop({ activity, passId }: { activity: LocalActivity; passId?: string }) {
  const { ctx } = useTeam();
  const roster = useLive(() => loadRoster(ctx.db, activity), [activity]);
  const [said, setSaid] = useState<MessageKey | undefined>(undefined);
  const path = `/equipe/ateliers/${encodeURIComponent(activity.id)}`;
  const signedUp = roster?.cards.some((c) => c.passId === passId) ?? false;
  return (
    <li class="skills-workshop" data-testid="workshop">
      <h2>{activity.title}</h2>
      <p class="team-pick-meta">
        {when(activity.startsAt)} · {activity.place}
      </p>
      {activity.purpose && (
        <p>
          <strong>{t('skills.workshops.purpose')}</strong> : {activity.purpose}
        </p>
      )}
      {roster && <SeatsLine roster={roster} />}
      <div class="team-form-actions">
        <a
          class="button"
          href={path}
          onClick={(e) => {
            e.preventDefault();
            navigate(path);
          }}
        >
          {t('skills.workshops.open')}
        </a>
        {passId && !signedUp && (
          <button
            type="button"
            class="button button-primary"
            onClick={async () => {
              try {
                await signUpCard(ctx, activity, passId);
                setSaid('skills.workshops.signedUpDone');
              } catch (err) {
                setSaid(err instanceof AlreadyDoneError ? 'skills.workshops.already' : 'error.quota');
              }
            }}
          >
            {t('skills.workshops.signUpCard')}
          </button>
        )}
      </div>
      <p role="status" class="team-field-hint">
        {said ? t(said) : ''}
      </p>
    </li>
  );
}

export function WorkshopsScreen() {
  const { ctx } = useTeam();
  const card = currentCard(ctx.agentId);
  const activities = useLive(() => comingActivities(clock.now()), []);
  return (
    <main id="main" class="page team-page skills-page">
      <h1>{t('skills.workshops.title')}</h1>
      {card && <p class="team-notice">{t('skills.card.current', { code: shortCode(card.passId) })}</p>}
      {!activities && <p class="loading">{t('loading')}</p>}
      {activities?.length === 0 && <p>{t('skills.workshops.none')}</p>}
      <ul class="skills-workshops">
        {activities?.map((a) => (
          <Workshop key={a.id} activity={a} passId={card?.passId} />
        ))}
      </ul>
    </main>
  );
}
