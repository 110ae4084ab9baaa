// /equipe/synchronisation: the whole sync status. A staff screen: it opens only while the team
// space is unlocked (the same session as /equipe), otherwise it sends people to unlock first.
import { useEffect, useState } from 'preact/hooks';
import { restoreSession } from '../../agent/session';
import { navigate } from '../../app/router';
import { deviceSettings } from '../../device/settings-store';
import { t } from '../../i18n';
import { SyncStatus } from './SyncStatus';

function TeamLink({ label }: { label: string }) {
  return (
    <a
      class="button"
      href="/equipe"
      onClick={(e) => {
        e.preventDefault();
        navigate('/equipe');
      }}
    >
      {label}
    </a>
  );
}

export default function SyncScreen() {
  const [unlocked, setUnlocked] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    const lockSeconds = deviceSettings.value.agentLockSeconds || 300;
    void restoreSession(Date.now(), lockSeconds).then((s) => setUnlocked(Boolean(s)));
  }, []);

  return (
    <main id="main" class="page">
      <h1>{t('sync.title')}</h1>
      {unlocked === undefined && <p class="loading">{t('loading')}</p>}
      {unlocked === false && (
        <div class="card">
          <p>{t('sync.locked')}</p>
          <TeamLink label={t('sync.unlock')} />
        </div>
      )}
      {unlocked && (
        <>
          <SyncStatus full />
          <TeamLink label={t('sync.back')} />
        </>
      )}
    </main>
  );
}
