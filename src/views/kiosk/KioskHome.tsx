import { useEffect } from 'preact/hooks';
import { lazyView } from '../../app/lazy';
import { t } from '../../i18n';
import { adoptLatestContent } from '../../kiosk/content';
import { KIOSK_HOME } from '../../kiosk/mode';
import { surveyDraft } from '../../kiosk/state';
import { HomeListen, KioskDoors } from './KioskDoors';
import { KioskLink } from './KioskLink';
import { SearchBox } from './SearchBox';
import { SiteCloseNotice } from './SiteCloseNotice';
import { ThemeTiles } from './ThemeTiles';

// Loaded after the first tiles: its date rules (src/shared/permanences.ts) bring the schema library.
const NextVisit = lazyView(() => import('./NextVisit'), { quiet: true });

/** The kiosk's first screen: search, the theme tiles, and the questionnaire. */
export function KioskHome() {
  // No guide is open here: the safe moment to switch to newly installed content.
  useEffect(() => {
    void adoptLatestContent();
  }, []);
  return (
    <>
      <SiteCloseNotice />
      <h1>{t('kiosk.home.title')}</h1>
      <HomeListen />
      <p class="kiosk-intro">{t('kiosk.home.intro')}</p>
      <NextVisit />
      <SearchBox />
      <ThemeTiles />
      <KioskDoors />
      <section class="card kiosk-survey-offer" aria-labelledby="survey-offer-title">
        <h2 id="survey-offer-title">{t('kiosk.survey.title')}</h2>
        <p>{t('kiosk.end.surveyHint')}</p>
        <KioskLink
          href={`${KIOSK_HOME}/avis`}
          class="button"
          onNavigate={() => {
            surveyDraft.value = { guideId: undefined, index: 0, answers: {} };
          }}
        >
          {t('kiosk.nav.survey')}
        </KioskLink>
      </section>
    </>
  );
}
