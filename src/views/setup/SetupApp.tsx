import { t } from '../../i18n';

/** Placeholder until the setup screens land. */
export default function SetupApp() {
  return (
    <main id="main" class="page">
      <h1>{t('setup.title')}</h1>
    </main>
  );
}
