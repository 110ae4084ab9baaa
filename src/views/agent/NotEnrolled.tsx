import { navigate } from '../../app/router';
import { t } from '../../i18n';

/** The team space of a tablet not linked to a centre yet: one sentence and the way to do it. */
export function NotEnrolled() {
  return (
    <main id="main" class="page">
      <h1>{t('agent.notEnrolled.title')}</h1>
      <p>{t('agent.notEnrolled.text')}</p>
      <a
        class="button button-primary"
        href="/installation"
        onClick={(e) => {
          e.preventDefault();
          navigate('/installation');
        }}
      >
        {t('agent.notEnrolled.action')}
      </a>
    </main>
  );
}
