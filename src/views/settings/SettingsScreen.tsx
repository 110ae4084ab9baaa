import { t } from '../../i18n';
import { KioskSettings } from './KioskSettings';
import { StorageInfo } from './StorageInfo';

/** Team settings: storage now; other issues add their sections here. */
export function SettingsScreen() {
  return (
    <main id="main" class="page">
      <h1>{t('settings.title')}</h1>
      <StorageInfo />
      <KioskSettings />
    </main>
  );
}

export default SettingsScreen;
