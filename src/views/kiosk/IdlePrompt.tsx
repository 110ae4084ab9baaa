import { deviceSettings } from '../../device/settings-store';
import { t } from '../../i18n';
import { promptMsFor } from '../../kiosk/idle';
import { idlePromptOpen } from '../../kiosk/state';
import { Modal } from './Modal';

/** "Vous êtes toujours là ?" — large, one button; without an answer the kiosk resets. */
export function IdlePrompt() {
  const seconds = Math.round(promptMsFor(deviceSettings.value.kioskIdleSeconds * 1000) / 1000);
  const close = () => {
    idlePromptOpen.value = false;
  };
  return (
    <Modal
      open={idlePromptOpen.value}
      onClose={close}
      labelledBy="idle-title"
      class="kiosk-idle-dialog"
      testId="idle-prompt"
    >
      <h2 id="idle-title">{t('kiosk.idle.title')}</h2>
      <p>{t('kiosk.idle.text', { seconds })}</p>
      <button type="button" class="button button-primary kiosk-button-big" onClick={close} autofocus>
        {t('kiosk.idle.stay')}
      </button>
    </Modal>
  );
}
