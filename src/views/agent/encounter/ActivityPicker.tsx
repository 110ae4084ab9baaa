// Sign-up to an activity of the offline agenda. A sign-up needs the person's contact details
// with their consent to hear about activities: the picker says so and offers to add them.
import { currentPath, navigate } from '../../../app/router';
import { getDb } from '../../../db/database';
import { dateFormatter, t } from '../../../i18n';
import { clock } from '../../../platform/clock';
import { toggled } from '../ChoiceTiles';
import { useLive } from '../useLive';
import { errorText, type FieldsProps } from './QuickFields';

function when(iso: string): string {
  return dateFormatter({
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export function ActivityPicker({ form, update, errors }: FieldsProps) {
  const data = useLive(async () => {
    const db = getDb();
    const since = new Date(clock.ms() - 12 * 3600_000).toISOString();
    return {
      activities: await db.activities.where('startsAt').aboveOrEqual(since).sortBy('startsAt'),
      contact: form.contactId ? await db.contacts.get(form.contactId) : undefined,
    };
  }, [form.contactId]);
  if (!data) return <p class="loading">{t('loading')}</p>;
  const canSignUp = data.contact?.consentPurposes.includes('info_activites') ?? false;
  const error = errorText(errors, 'activities');
  return (
    <div class="team-activity-picker">
      {!canSignUp && (
        <div class="team-notice">
          <p>{t('agent.error.signupNeedsContact')}</p>
          <button type="button" class="button" onClick={() => navigate(`${currentPath.value}/contact`)}>
            {t('agent.contact.add')}
          </button>
        </div>
      )}
      <fieldset class="team-pick-list" aria-describedby={error ? 'activities-error' : undefined}>
        <legend>{t('agent.activity.label')}</legend>
        {error && (
          <p class="field-error" id="activities-error">
            {error}
          </p>
        )}
        {data.activities.length === 0 && <p>{t('agent.activity.none')}</p>}
        {data.activities.map((a) => (
          <label key={a.id} class="team-pick">
            <input
              type="checkbox"
              name="activities"
              checked={form.activityIds.includes(a.id)}
              onChange={() => update({ activityIds: toggled(form.activityIds, a.id) })}
            />
            <span>
              <strong>{a.title}</strong>
              <span class="team-pick-meta">
                {when(a.startsAt)} · {a.place}
                {a.seats ? ` · ${t('agent.activity.seats', { n: a.seats })}` : ''}
              </span>
              {a.purpose && (
                <span class="team-pick-meta">
                  {t('skills.workshops.purpose')} : {a.purpose}
                </span>
              )}
            </span>
          </label>
        ))}
      </fieldset>
    </div>
  );
}
