import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n';
import { KIOSK_HOME } from '../../kiosk/mode';
import { type SurveyDraft, surveyDraft } from '../../kiosk/state';
import { saveSurvey } from '../../kiosk/survey';
import { SURVEY_SETS } from '../../shared/survey';
import { Face } from './Faces';
import { KioskLink } from './KioskLink';
import { ReadAloud } from './ReadAloud';

const RATINGS = [1, 2, 3, 4, 5] as const;
// The kiosk asks the short set of a guide's questionnaire (src/shared/survey.ts).
const STATEMENTS = SURVEY_SETS.guide;
const TOTAL = STATEMENTS.length;

/** Moves to the next statement; after the last one, the answers are saved (anonymously). */
function advance(draft: SurveyDraft, rating?: number): void {
  const statement = STATEMENTS[draft.index]!;
  const answers = rating === undefined ? draft.answers : { ...draft.answers, [statement]: rating };
  const next = { ...draft, answers, index: draft.index + 1 };
  surveyDraft.value = next;
  if (next.index >= TOTAL) {
    void saveSurvey(next).catch(() => {
      // Storage full or similar: the resident is thanked anyway; nothing else is at risk.
    });
  }
}

/** The satisfaction questionnaire: one statement per screen, five faces, "Passer". */
export function Survey() {
  const draft = surveyDraft.value;
  // Opened directly (reload, back button): start a fresh questionnaire.
  useEffect(() => {
    if (!surveyDraft.value) surveyDraft.value = { guideId: undefined, index: 0, answers: {} };
  }, []);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [draft?.index]);
  if (!draft) return null;

  if (draft.index >= TOTAL) {
    return (
      <article class="kiosk-survey-done">
        <h1 ref={heading} tabIndex={-1}>
          {t('kiosk.survey.thanks')}
        </h1>
        <p>{t('kiosk.survey.thanksText')}</p>
        <KioskLink
          href={KIOSK_HOME}
          class="button button-primary kiosk-button-big"
          onNavigate={() => {
            surveyDraft.value = undefined;
          }}
        >
          {t('kiosk.nav.home')}
        </KioskLink>
      </article>
    );
  }

  const statement = STATEMENTS[draft.index]!;
  const text = t(`kiosk.survey.${statement}`);
  return (
    <article class="kiosk-survey" data-testid="survey">
      <p class="kiosk-step-guide">{t('kiosk.survey.title')}</p>
      <h1 ref={heading} tabIndex={-1} class="kiosk-step-progress">
        {t('kiosk.survey.progress', { n: draft.index + 1, total: TOTAL })}
      </h1>
      {draft.index === 0 && <p>{t('kiosk.survey.intro')}</p>}
      <p class="kiosk-survey-statement" id="survey-statement" data-testid="survey-statement">
        {text}
      </p>
      <ReadAloud text={text} />
      <fieldset class="kiosk-faces">
        <legend>{t('kiosk.survey.scale')}</legend>
        {RATINGS.map((rating) => (
          <button
            key={rating}
            type="button"
            class="kiosk-face-button"
            aria-describedby="survey-statement"
            onClick={() => advance(draft, rating)}
          >
            <Face rating={rating} />
            <span class="kiosk-face-label">{t(`kiosk.survey.face${rating}`)}</span>
          </button>
        ))}
      </fieldset>
      <button type="button" class="button kiosk-button-big kiosk-survey-skip" onClick={() => advance(draft)}>
        {t('kiosk.survey.skip')}
      </button>
    </article>
  );
}
