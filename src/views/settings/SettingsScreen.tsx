import { useEffect, useState } from 'preact/hooks';
import { restoreSession } from '../../agent/session';
import { navigate } from '../../app/router';
import { isEnrolled } from '../../device/enrolment';
import { deviceSettings } from '../../device/settings-store';
import { t } from '../../i18n';
import { clock } from '../../platform/clock';
import { KioskSettings } from './KioskSettings';
import { StorageInfo } from './StorageInfo';

/**
 * Team settings. Storage facts are for anyone; changing staff settings (team PIN, kiosk) needs an
 * unlocked team session once the tablet is enrolled. Before enrolment there is no agent to check
 * a PIN against and no record on the tablet: setting the first team PIN is open.
 */
function SettingsScreen() {
  const [staff, setStaff] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    const lockSeconds = deviceSettings.value.agentLockSeconds || 300;
    void Promise.all([isEnrolled(), restoreSession(clock.ms(), lockSeconds)]).then(([enrolled, session]) =>
      setStaff(!enrolled || Boolean(session)),
    );
  }, []);
  return (
    <main id="main" class="page">
      <h1>{t('settings.title')}</h1>
      <StorageInfo />
      {staff === true && <KioskSettings />}
      {staff === false && (
        <div class="card" data-testid="settings-locked">
          <p>{t('settings.locked')}</p>
          <a
            class="button"
            href="/equipe"
            onClick={(e) => {
              e.preventDefault();
              navigate('/equipe');
            }}
          >
            {t('settings.unlock')}
          </a>
        </div>
      )}
    </main>
  );
}

export default SettingsScreen;
