// /equipe/ateliers/:id: an activity's roster at the workshop — the cards signed up (by the end of
// their code, never a name), who is checked in, check-in by card (the card in use, or one handed
// over now) or by count for people without a card, the seats left, and the feedback round.
import { useState } from 'preact/hooks';
import { currentCard } from '../../../agent/skills/cards';
import { AlreadyDoneError, checkIn, loadRoster } from '../../../agent/skills/workshops';
import { navigate } from '../../../app/router';
import { getDb } from '../../../db/database';
import type { LocalActivity } from '../../../db/types';
import { type MessageKey, t } from '../../../i18n';
import { shortCode } from '../../../shared/pass';
import { useTeam } from '../team-context';
import { useLive } from '../useLive';
import { CardReader } from './CardReader';
import { handRoundFeedback } from './hand-round';
import { SeatsLine } from './SeatsLine';
import { when } from './WorkshopsScreen';
import './skills.css';

function Roster({ activity }: { activity: LocalActivity }) {
  const { ctx } = useTeam();
  const card = currentCard(ctx.agentId);
  const roster = useLive(() => loadRoster(ctx.db, activity), [activity]);
  const [said, setSaid] = useState<MessageKey | undefined>(undefined);
  if (!roster) return <p class="loading">{t('loading')}</p>;

  async function arrive(passId?: string) {
    try {
      await checkIn(ctx, activity, passId);
      setSaid('skills.roster.checkedIn');
    } catch (err) {
      setSaid(err instanceof AlreadyDoneError ? 'skills.roster.alreadyIn' : 'error.quota');
    }
  }

  const cardHere = card && roster.cards.some((c) => c.passId === card.passId && c.here);
  return (
    <>
      <SeatsLine roster={roster} />
      <p>{t('skills.roster.walkIns', { n: roster.walkIns })}</p>
      <p role="status" class="team-flash" data-testid="roster-status">
        {said ? t(said) : ''}
      </p>
      <div class="team-form-actions">
        {card && !cardHere && (
          <button type="button" class="button button-primary" onClick={() => void arrive(card.passId)}>
            {t('skills.roster.checkInCard')}
          </button>
        )}
        <button type="button" class="button" onClick={() => void arrive()}>
          {t('skills.roster.walkIn')}
        </button>
      </div>
      <section aria-labelledby="roster-cards">
        <h2 id="roster-cards">{t('skills.roster.cards')}</h2>
        {roster.cards.length === 0 && <p>{t('skills.roster.noCards')}</p>}
        <ul class="skills-roster" data-testid="roster-cards">
          {roster.cards.map((c) => (
            <li key={c.passId} class={c.here ? 'skills-here' : undefined}>
              <span dir="ltr">{t('skills.roster.card', { code: shortCode(c.passId) })}</span>
              <span>{t(c.here ? 'skills.roster.here' : 'skills.roster.notHere')}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="roster-other">
        <h2 id="roster-other">{t('skills.roster.checkInOther')}</h2>
        <CardReader id="roster" onCard={(passId) => void arrive(passId)} />
      </section>
      <button
        type="button"
        class="button team-button-wide"
        onClick={() => void handRoundFeedback(activity.id)}
      >
        {t('skills.roster.feedback')}
      </button>
    </>
  );
}

export function RosterScreen({ activityId }: { activityId: string }) {
  const activity = useLive(async () => ({ a: await getDb().activities.get(activityId) }), [activityId]);
  return (
    <main id="main" class="page team-page skills-page">
      <a
        class="button"
        href="/equipe/ateliers"
        onClick={(e) => {
          e.preventDefault();
          navigate('/equipe/ateliers');
        }}
      >
        {t('skills.roster.back')}
      </a>
      {!activity && <p class="loading">{t('loading')}</p>}
      {activity && !activity.a && <h1>{t('skills.roster.notFound')}</h1>}
      {activity?.a && (
        <>
          <h1>{activity.a.title}</h1>
          <p class="team-pick-meta">
            {when(activity.a.startsAt)} · {activity.a.place}
          </p>
          {activity.a.purpose && (
            <p>
              <strong>{t('skills.workshops.purpose')}</strong> : {activity.a.purpose}
            </p>
          )}
          <Roster activity={activity.a} />
        </>
      )}
    </main>
  );
}
