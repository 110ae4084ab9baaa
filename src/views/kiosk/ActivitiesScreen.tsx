// « Les activités du centre »: the agenda the tablet pulled, offline (date, place, seats as of the
// last sync). « Je veux m'inscrire » never asks for a name: it says a team member will sign the
// resident up, and records an anonymous `interest` event for that activity.
import { useEffect, useState } from 'preact/hooks';
import { dateFormatter, t } from '../../i18n';
import { lastPullAt, loadUpcomingActivities } from '../../kiosk/directory';
import { recordKioskEvent } from '../../kiosk/events';
import { spokenText } from '../../kiosk/spoken';
import { clock } from '../../platform/clock';
import type { Activity } from '../../shared/reference';
import { Modal } from './Modal';
import { ReadAloud } from './ReadAloud';

const WHEN = { weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' } as const;
const DAY = { day: 'numeric', month: 'long' } as const;

function ActivityCard({ a, asOf, onInterest }: { a: Activity; asOf?: string; onInterest: () => void }) {
  const when = dateFormatter(WHEN).format(new Date(a.startsAt));
  const seats =
    a.seats === undefined
      ? undefined
      : t('kiosk.activities.seats', {
          count: a.seats,
          date: asOf ? dateFormatter(DAY).format(new Date(asOf)) : '—',
        });
  return (
    <li class="card kiosk-activity" data-testid="activity">
      <h2 lang="fr">{a.title}</h2>
      <p class="kiosk-activity-when">{when}</p>
      <p lang="fr">{t('kiosk.activities.place', { place: a.place })}</p>
      {seats && <p>{seats}</p>}
      <ReadAloud label={t('kiosk.read.this')} text={spokenText([a.title, when, a.place, seats])} />
      <button type="button" class="button button-primary kiosk-button-big" onClick={onInterest}>
        {t('kiosk.activities.signUp')}
      </button>
    </li>
  );
}

export function ActivitiesScreen() {
  const [activities, setActivities] = useState<Activity[] | undefined>(undefined);
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const [chosen, setChosen] = useState<Activity | undefined>(undefined);
  useEffect(() => {
    loadUpcomingActivities(clock.now()).then(setActivities, () => setActivities([]));
    void lastPullAt().then(setAsOf, () => undefined);
  }, []);
  const interested = (a: Activity) => {
    setChosen(a);
    recordKioskEvent('interest', { activityId: a.id });
  };
  return (
    <>
      <h1>{t('kiosk.activities.title')}</h1>
      <ReadAloud
        label={t('kiosk.read.screen')}
        text={spokenText([t('kiosk.activities.title'), t('kiosk.activities.intro')])}
      />
      <p class="kiosk-intro">{t('kiosk.activities.intro')}</p>
      {activities === undefined ? (
        <p class="loading">{t('kiosk.content.loading')}</p>
      ) : activities.length === 0 ? (
        <p class="kiosk-message" data-testid="activities-empty">
          {t('kiosk.activities.none')}
        </p>
      ) : (
        <ul class="kiosk-activities">
          {activities.map((a) => (
            <ActivityCard key={a.id} a={a} asOf={asOf} onInterest={() => interested(a)} />
          ))}
        </ul>
      )}
      <Modal
        open={chosen !== undefined}
        onClose={() => setChosen(undefined)}
        labelledBy="interest-title"
        testId="interest-dialog"
      >
        <h2 id="interest-title">{t('kiosk.activities.teamSignsUp')}</h2>
        <p class="kiosk-definition">{t('kiosk.activities.teamSignsUpText')}</p>
        <ReadAloud
          label={t('kiosk.read.this')}
          text={spokenText([t('kiosk.activities.teamSignsUp'), t('kiosk.activities.teamSignsUpText')])}
        />
        <button
          type="button"
          class="button button-primary kiosk-button-big"
          onClick={() => setChosen(undefined)}
          autofocus
        >
          {t('action.close')}
        </button>
      </Modal>
    </>
  );
}
