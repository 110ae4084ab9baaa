// The team space's own bar: who is signed in, back to today, lock, hand over to a resident.
import { navigate } from '../../app/router';
import { t } from '../../i18n';
import { Picto } from './icons';
import { useTeam } from './team-context';

export function TeamBar({ onLock, onKiosk }: { onLock(): void; onKiosk(): void }) {
  const { agent } = useTeam();
  return (
    <nav class="team-bar" aria-label={t('agent.bar.label')}>
      <span class="team-who">
        {t('agent.bar.who', { name: agent.displayName })}
        {agent.role === 'volunteer' && ` · ${t('agent.volunteer.badge')}`}
      </span>
      <a
        class="button"
        href="/equipe"
        onClick={(e) => {
          e.preventDefault();
          navigate('/equipe');
        }}
      >
        {t('agent.bar.today')}
      </a>
      <a
        class="button"
        href="/equipe/synchronisation"
        onClick={(e) => {
          e.preventDefault();
          navigate('/equipe/synchronisation');
        }}
      >
        {t('agent.bar.sync')}
      </a>
      <button type="button" class="button" onClick={onLock}>
        <Picto name="lock" size={24} />
        {t('agent.bar.lock')}
      </button>
      <button type="button" class="button" onClick={onKiosk}>
        <Picto name="kiosk" size={24} />
        {t('agent.bar.kiosk')}
      </button>
    </nav>
  );
}
