import { t } from '../../i18n';
import { stepTextScale, TEXT_SCALES, textScale } from '../../kiosk/text-scale';

/** A− 100 % A+ : text from 100 % to 200 %. Each button's name starts with what it shows (WCAG 2.5.3). */
export function TextSizeControl() {
  const scale = textScale.value;
  return (
    <fieldset class="kiosk-text-size">
      <legend class="visually-hidden">{t('kiosk.textSize.label')}</legend>
      <button
        type="button"
        class="kiosk-text-size-button"
        aria-label={`A− ${t('kiosk.textSize.smaller')}`}
        disabled={scale <= TEXT_SCALES[0]}
        onClick={() => stepTextScale(-1)}
      >
        <span aria-hidden="true" dir="ltr">
          A−
        </span>
      </button>
      <output class="kiosk-text-size-value" data-testid="text-size-value" dir="ltr">
        {Math.round(scale * 100)} %
      </output>
      <button
        type="button"
        class="kiosk-text-size-button kiosk-text-size-bigger"
        aria-label={`A+ ${t('kiosk.textSize.bigger')}`}
        disabled={scale >= TEXT_SCALES.at(-1)!}
        onClick={() => stepTextScale(1)}
      >
        <span aria-hidden="true" dir="ltr">
          A+
        </span>
      </button>
    </fieldset>
  );
}
