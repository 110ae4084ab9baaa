// /equipe/synchronisation: the whole sync status, a team screen like the others (issue 16 point 9):
// under the team bar, behind the team space's PIN and automatic lock (src/views/agent/TeamRoutes).
import { navigate } from '../../app/router';
import { t } from '../../i18n';
import { SyncStatus } from './SyncStatus';

export function SyncScreen() {
  return (
    <main id="main" class="page">
      <h1>{t('sync.title')}</h1>
      <SyncStatus full />
      <a
        class="button"
        href="/equipe"
        onClick={(e) => {
          e.preventDefault();
          navigate('/equipe');
        }}
      >
        {t('sync.back')}
      </a>
    </main>
  );
}
