import { rememberLanguageChoice } from '../../app/team-language';
import { language, setLanguage, t } from '../../i18n';
import { LANGUAGES } from '../../shared/taxonomy';

/** fr / en / ar, each written in its own language so anyone can find theirs. */
export function LanguageSwitch() {
  return (
    <nav class="lang-switch" aria-label={t('lang.label')}>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          class="lang-button"
          aria-pressed={language.value === lang}
          onClick={() => {
            setLanguage(lang);
            rememberLanguageChoice(lang);
          }}
        >
          {t(`lang.${lang}`)}
        </button>
      ))}
    </nav>
  );
}
