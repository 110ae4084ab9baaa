import { language, t } from '../../i18n';
import { termsById } from '../../kiosk/content';
import { openTermId } from '../../kiosk/state';
import { Modal } from './Modal';

/** The definition of a word touched in a step. */
export function GlossaryDialog() {
  const id = openTermId.value;
  const term = id ? termsById.value.get(id) : undefined;
  const lang = language.value;
  const close = () => {
    openTermId.value = undefined;
  };
  return (
    <Modal
      open={term !== undefined}
      onClose={close}
      labelledBy="glossary-dialog-title"
      testId="glossary-dialog"
    >
      {term && (
        <>
          <h2 id="glossary-dialog-title">{term.term[lang]}</h2>
          <p class="kiosk-definition">{term.definition[lang]}</p>
          <button type="button" class="button button-primary kiosk-button-big" onClick={close} autofocus>
            {t('action.close')}
          </button>
        </>
      )}
    </Modal>
  );
}
