import { t } from '../../i18n';

/** Placeholder until the kiosk screens land. */
export default function KioskApp() {
  return (
    <main id="main" class="page">
      <h1>{t('kiosk.title')}</h1>
    </main>
  );
}
