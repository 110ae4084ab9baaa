// /borne/avis-atelier/:id, in kiosk mode: the workshop's feedback handed round the table. Each
// person taps a face for a few sentences and ticks what they learnt today (the passport's items),
// anonymously; « J'ai fini » saves a survey response (context atelier, the activity) and clears
// the screen for the next person. Leaving needs a team PIN, as for the kiosk.
import { useEffect, useRef, useState } from 'preact/hooks';
import { language, t } from '../../../i18n';
import '../../../i18n/team';
import { saveAnonymousRecord } from '../../../kiosk/record-context';
import { SURVEY_SETS } from '../../../shared/survey';
import { SKILL_ITEMS, type SkillItem, type SurveyStatement } from '../../../shared/taxonomy';
import { Face } from '../../kiosk/Faces';
import { toggled } from '../ChoiceTiles';
import { ListenButton } from './ListenButton';
import { SkillPicto } from './SkillPicto';
import './skills.css';

/** The workshop's sentences: the workshop set of the questionnaire (src/shared/survey.ts). */
const WORKSHOP_STATEMENTS = SURVEY_SETS.atelier;
const RATINGS = [1, 2, 3, 4, 5] as const;

interface Answers {
  answers: Partial<Record<SurveyStatement, number>>;
  learnt: SkillItem[];
}

function WorkshopFeedback({ activityId }: { activityId: string }) {
  const [form, setForm] = useState<Answers>({ answers: {}, learnt: [] });
  const [done, setDone] = useState<'saved' | 'notSaved' | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [done]);

  async function finish() {
    const ok = await saveAnonymousRecord('survey_response', {
      context: 'atelier',
      activityId,
      answers: form.answers,
      ...(form.learnt.length ? { learnt: form.learnt } : {}),
      language: language.value,
    }).catch(() => false);
    setDone(ok ? 'saved' : 'notSaved');
  }

  if (done) {
    return (
      <article class="kiosk-survey-done skills-feedback">
        <h1 ref={heading} tabIndex={-1}>
          {t(done === 'saved' ? 'skills.feedback.thanks' : 'skills.feedback.notSaved')}
        </h1>
        <button
          type="button"
          class="button button-primary kiosk-button-big"
          onClick={() => {
            setForm({ answers: {}, learnt: [] });
            setDone(undefined);
          }}
        >
          {t('skills.feedback.next')}
        </button>
      </article>
    );
  }

  const empty = Object.keys(form.answers).length === 0 && form.learnt.length === 0;
  return (
    <article class="skills-feedback" data-testid="workshop-feedback">
      <h1 ref={heading} tabIndex={-1}>
        {t('skills.feedback.title')}
      </h1>
      <p>{t('skills.feedback.intro')}</p>
      {WORKSHOP_STATEMENTS.map((statement) => {
        const text = t(`skills.feedback.statement.${statement}`);
        return (
          <fieldset key={statement} class="kiosk-faces skills-feedback-statement">
            <legend>{text}</legend>
            <ListenButton text={text} lang={language.value} label={text} />
            <div class="skills-faces">
              {RATINGS.map((rating) => (
                <button
                  key={rating}
                  type="button"
                  class="kiosk-face-button"
                  aria-pressed={form.answers[statement] === rating}
                  onClick={() => setForm({ ...form, answers: { ...form.answers, [statement]: rating } })}
                >
                  <Face rating={rating} />
                  <span class="kiosk-face-label">{t(`kiosk.survey.face${rating}`)}</span>
                </button>
              ))}
            </div>
          </fieldset>
        );
      })}
      <fieldset class="team-pick-list skills-learnt">
        <legend>{t('skills.feedback.learnt')}</legend>
        {SKILL_ITEMS.map((item) => (
          <label key={item} class="team-pick">
            <input
              type="checkbox"
              checked={form.learnt.includes(item)}
              onChange={() => setForm({ ...form, learnt: toggled(form.learnt, item) })}
            />
            <SkillPicto item={item} size={32} />
            <span>{t(`skills.item.${item}`)}</span>
          </label>
        ))}
      </fieldset>
      <button
        type="button"
        class="button button-primary kiosk-button-big"
        disabled={empty}
        onClick={() => void finish()}
      >
        {t('skills.feedback.send')}
      </button>
    </article>
  );
}
export default WorkshopFeedback;
