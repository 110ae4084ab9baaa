import { useEffect, useRef } from 'preact/hooks';
import { language, t } from '../../i18n';
import { termsById } from '../../kiosk/content';
import { recordKioskEvent } from '../../kiosk/events';
import { spokenText } from '../../kiosk/spoken';
import { openTermId } from '../../kiosk/state';
import type { Guide } from '../../shared/content';
import { guidePath } from '../../shared/guide-paths';
import { Arrow } from './Arrow';
import { BidiText } from './BidiText';
import { TipIcon, WarningIcon } from './Icons';
import { KioskLink } from './KioskLink';
import { PhoneQrButton } from './PhoneQr';
import { PracticeArea } from './PracticeArea';
import { ReadAloud } from './ReadAloud';

/**
 * One step per screen: « Écouter » first, then large text, picture, tip, warning and words; «
 * Précédent » and « Suivant » stay at the bottom of the screen (sticky), so both are in reach
 * without scrolling on a tablet, at any text size.
 */
export function StepPlayer({ guide, n }: { guide: Guide; n: number }) {
  const lang = language.value;
  const step = guide.steps[n - 1]!;
  const total = guide.steps.length;
  const progress = t('kiosk.step.progress', { n, total });
  const heading = useRef<HTMLHeadingElement>(null);
  // A new step is a new screen: focus its heading so a screen reader starts there, at the top.
  useEffect(() => heading.current?.focus(), [guide.id, n]);

  const spoken = spokenText([
    progress,
    step.text[lang],
    step.tip && `${t('kiosk.step.tip')} : ${step.tip[lang]}`,
    step.warning && `${t('kiosk.step.warning')} : ${step.warning[lang]}`,
  ]);
  const terms = (step.terms ?? []).map((id) => termsById.value.get(id)).filter((term) => term !== undefined);

  return (
    <article class="kiosk-step" data-testid="step">
      <p class="kiosk-step-guide">{guide.title[lang]}</p>
      <h1 ref={heading} tabIndex={-1} class="kiosk-step-progress">
        {progress}
      </h1>
      <div class="kiosk-progress-bar" aria-hidden="true">
        <span style={{ inlineSize: `${(n / total) * 100}%` }} />
      </div>
      <div class="kiosk-step-tools">
        <ReadAloud text={spoken} guideId={guide.id} step={n} />
        <PhoneQrButton guide={guide} place={n} />
      </div>
      <p class="kiosk-step-text" data-testid="step-text">
        <BidiText text={step.text[lang]} lang={lang} />
      </p>
      {step.image && <img class="kiosk-step-image" src={step.image} alt={step.imageAlt?.[lang] ?? ''} />}
      {step.practice && <PracticeArea key={`${guide.id}-${n}`} kind={step.practice} />}
      {step.tip && (
        <div class="kiosk-box kiosk-box-tip" data-testid="step-tip">
          <p class="kiosk-box-title">
            <TipIcon />
            {t('kiosk.step.tip')}
          </p>
          <p>
            <BidiText text={step.tip[lang]} lang={lang} />
          </p>
        </div>
      )}
      {step.warning && (
        <div class="kiosk-box kiosk-box-warning" data-testid="step-warning">
          <p class="kiosk-box-title">
            <WarningIcon />
            {t('kiosk.step.warning')}
          </p>
          <p>
            <BidiText text={step.warning[lang]} lang={lang} />
          </p>
        </div>
      )}
      {terms.length > 0 && (
        <section class="kiosk-step-terms" aria-labelledby="step-terms-title" data-testid="step-terms">
          <h2 id="step-terms-title">{t('kiosk.step.words')}</h2>
          <p>{t('kiosk.step.wordsHint')}</p>
          <ul class="kiosk-term-buttons">
            {terms.map((term) => (
              <li key={term.id}>
                <button
                  type="button"
                  class="button kiosk-term-button"
                  onClick={() => {
                    openTermId.value = term.id;
                    recordKioskEvent('glossary', { guideId: guide.id, step: n });
                  }}
                >
                  {term.term[lang]}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <nav class="kiosk-step-nav" aria-label={progress} data-testid="step-nav">
        <KioskLink
          href={n > 1 ? guidePath(guide.id, n - 1) : guidePath(guide.id)}
          class="button kiosk-button-big"
        >
          <Arrow back />
          {t('action.previous')}
        </KioskLink>
        {n < total ? (
          <KioskLink
            href={guidePath(guide.id, n + 1)}
            class="button button-primary kiosk-button-big"
            data-testid="step-next"
          >
            {t('action.next')}
            <Arrow />
          </KioskLink>
        ) : (
          <KioskLink
            href={guidePath(guide.id, 'end')}
            class="button button-primary kiosk-button-big"
            data-testid="step-finish"
          >
            {t('kiosk.step.finish')}
            <Arrow />
          </KioskLink>
        )}
      </nav>
    </article>
  );
}
