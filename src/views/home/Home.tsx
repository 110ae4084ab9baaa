import { navigate } from '../../app/router';
import { t } from '../../i18n';

/** The first screen: two big doors, one for residents and one for the team. */
export function Home() {
  return (
    <main class="home" id="main">
      <h1>{t('home.title')}</h1>
      <div class="home-doors">
        <a
          href="/borne"
          class="door door-resident"
          onClick={(e) => {
            e.preventDefault();
            navigate('/borne');
          }}
        >
          <span class="door-icon" aria-hidden="true">
            <svg viewBox="0 0 48 48" width="64" height="64">
              <circle cx="24" cy="14" r="8" fill="currentColor" />
              <path d="M8 44c0-10 7-16 16-16s16 6 16 16z" fill="currentColor" />
            </svg>
          </span>
          <span class="door-label">{t('home.resident')}</span>
          <span class="door-hint">{t('home.residentHint')}</span>
        </a>
        <a
          href="/equipe"
          class="door door-team"
          onClick={(e) => {
            e.preventDefault();
            navigate('/equipe');
          }}
        >
          <span class="door-icon" aria-hidden="true">
            <svg viewBox="0 0 48 48" width="64" height="64">
              <rect x="10" y="20" width="28" height="22" rx="4" fill="currentColor" />
              <path d="M16 20v-5a8 8 0 0 1 16 0v5" fill="none" stroke="currentColor" stroke-width="4" />
            </svg>
          </span>
          <span class="door-label">{t('home.team')}</span>
          <span class="door-hint">{t('home.teamHint')}</span>
        </a>
      </div>
    </main>
  );
}
