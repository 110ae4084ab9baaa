// Today's encounters, newest first, without personal data: time, type, themes, duration, whether
// it is sent to the centre yet, and « Modifier » (a sent encounter stays correctable all its day).
import { navigate } from '../../app/router';
import { t } from '../../i18n';
import type { Encounter } from '../../shared/records';
import { formatTime } from './format';
import { encounterPath } from './TeamRoutes';

function summary(e: Encounter): string {
  const parts = [t(`agent.type.${e.type}`)];
  if (e.type === 'collectif' && e.participants)
    parts.push(t('agent.list.people', { n: e.participants.count }));
  parts.push(e.themes.map((th) => t(`agent.theme.${th}`)).join(', '));
  if (e.durationMin) parts.push(t('agent.list.minutes', { n: e.durationMin }));
  return parts.filter(Boolean).join(' · ');
}

export function EncounterList({ encounters, pending }: { encounters: Encounter[]; pending: Set<string> }) {
  return (
    <section aria-labelledby="today-list-title" class="team-encounter-list">
      <h2 id="today-list-title">{t('agent.list.title')}</h2>
      {encounters.length === 0 ? (
        <p>{t('agent.list.empty')}</p>
      ) : (
        <ol data-testid="today-list">
          {encounters.map((e) => {
            const time = formatTime(e.createdAt);
            return (
              <li key={e.id} class="team-encounter-item" data-testid="today-item">
                <span class="team-encounter-time">{time}</span>
                <span class="team-encounter-summary">
                  {summary(e)}
                  {e.contactId && <span class="team-badge">{t('agent.list.contact')}</span>}
                </span>
                {/* Today's encounters can all be corrected; a sent one for its anonymous fields. */}
                <span class="team-encounter-status">
                  {pending.has(e.id) ? (
                    <span class="team-status-pending">{t('agent.list.pending')}</span>
                  ) : (
                    <span class="team-status-synced">{t('agent.list.synced')}</span>
                  )}
                  <a
                    class="button"
                    href={encounterPath(e.id)}
                    aria-label={t('agent.list.editLabel', { time })}
                    onClick={(ev) => {
                      ev.preventDefault();
                      navigate(encounterPath(e.id));
                    }}
                  >
                    {t('agent.list.edit')}
                  </a>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
