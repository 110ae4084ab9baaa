import { navigate } from '../../app/router';
import { t } from '../../i18n';

export function NotFound() {
  return (
    <main id="main" class="page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <button type="button" class="button button-primary" onClick={() => navigate('/')}>
        {t('action.home')}
      </button>
    </main>
  );
}
