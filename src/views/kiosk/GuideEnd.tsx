import { language, t } from '../../i18n';
import { finishVisit } from '../../kiosk/finish';
import { KIOSK_HOME } from '../../kiosk/mode';
import { spokenText } from '../../kiosk/spoken';
import { surveyDraft } from '../../kiosk/state';
import type { Guide } from '../../shared/content';
import { guidePath } from '../../shared/guide-paths';
import { KioskLink } from './KioskLink';
import { OfficialSite } from './OfficialSite';
import { PhoneQrButton } from './PhoneQr';
import { ReadAloud } from './ReadAloud';

/** The end of a guide: well done, the official site, help nearby, the questionnaire, « J'ai fini ». */
export function GuideEnd({ guide }: { guide: Guide }) {
  const lang = language.value;
  return (
    <article class="kiosk-guide-end">
      <p class="kiosk-step-guide">{guide.title[lang]}</p>
      <h1>{t('kiosk.end.title')}</h1>
      <div class="kiosk-step-tools">
        <ReadAloud
          text={spokenText([t('kiosk.end.title'), t('kiosk.end.text')])}
          label={t('kiosk.read.screen')}
        />
        <PhoneQrButton guide={guide} place="end" />
      </div>
      <p>{t('kiosk.end.text')}</p>
      <OfficialSite url={guide.officialUrl} />
      <section class="card kiosk-survey-offer" aria-labelledby="end-places-title">
        <h2 id="end-places-title">{t('kiosk.end.needHelp')}</h2>
        <p>{t('kiosk.end.needHelpText')}</p>
        <KioskLink href={`${KIOSK_HOME}/ou-aller`} class="button" data-testid="end-places">
          {t('kiosk.nav.places')}
        </KioskLink>
      </section>
      <section class="card kiosk-survey-offer" aria-labelledby="end-survey-title">
        <h2 id="end-survey-title">{t('kiosk.survey.title')}</h2>
        <p>{t('kiosk.end.surveyHint')}</p>
        <KioskLink
          href={`${KIOSK_HOME}/avis`}
          class="button button-primary kiosk-button-big"
          data-testid="end-survey"
          onNavigate={() => {
            surveyDraft.value = { guideId: guide.id, index: 0, answers: {} };
          }}
        >
          {t('kiosk.end.survey')}
        </KioskLink>
      </section>
      <div class="kiosk-guide-actions">
        <button
          type="button"
          class="button button-primary kiosk-button-big"
          onClick={finishVisit}
          data-testid="end-finish"
        >
          {t('kiosk.finish.button')}
        </button>
        <KioskLink href={guidePath(guide.id, 1)} class="button">
          {t('kiosk.end.again')}
        </KioskLink>
        <KioskLink href={KIOSK_HOME} class="button">
          {t('kiosk.nav.home')}
        </KioskLink>
      </div>
    </article>
  );
}
