import { useEffect, useState } from 'preact/hooks';
import { deviceSettings } from '../../device/settings-store';
import { t } from '../../i18n';
import { promptMsFor } from '../../kiosk/idle';
import { siteWindowState, siteWindowVersion } from '../../kiosk/official-window';
import { resetKiosk } from '../../kiosk/reset';
import { idlePromptAt, idlePromptOpen } from '../../kiosk/state';
import { clock } from '../../platform/clock';
import { Modal } from './Modal';
import { LogoutMessage } from './SiteLogoutScreen';

/** Seconds left before the reset, counted from when the question appeared. */
function useSecondsLeft(openedAt: number | undefined, totalMs: number): number {
  const [now, setNow] = useState(() => clock.ms());
  useEffect(() => {
    if (openedAt === undefined) return;
    setNow(clock.ms());
    const timer = setInterval(() => setNow(clock.ms()), 1000);
    return () => clearInterval(timer);
  }, [openedAt]);
  if (openedAt === undefined) return Math.round(totalMs / 1000);
  return Math.max(0, Math.ceil((openedAt + totalMs - now) / 1000));
}

/**
 * "Vous êtes toujours là ?" — large, with the seconds left, « Oui, je suis là » and « Recommencer
 * maintenant »; without an answer the kiosk resets. With an official site open, it first says to
 * log out of it (the reset will close its window).
 */
export function IdlePrompt() {
  const totalMs = promptMsFor(deviceSettings.value.kioskIdleSeconds * 1000);
  const seconds = useSecondsLeft(idlePromptAt.value, totalMs);
  siteWindowVersion.value;
  const siteOpen = idlePromptOpen.value && siteWindowState() === 'open';
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
      <p>{t('kiosk.idle.text')}</p>
      <p class="kiosk-idle-seconds" role="timer" data-testid="idle-seconds">
        {t('kiosk.idle.seconds', { seconds })}
      </p>
      {siteOpen && (
        <section class="kiosk-idle-site" aria-labelledby="logout-title">
          <LogoutMessage headingLevel={3} />
        </section>
      )}
      <div class="kiosk-dialog-actions">
        <button type="button" class="button button-primary kiosk-button-big" onClick={close} autofocus>
          {t('kiosk.idle.stay')}
        </button>
        <button
          type="button"
          class="button kiosk-button-big"
          onClick={() => void resetKiosk()}
          data-testid="idle-restart"
        >
          {t('kiosk.idle.restart')}
        </button>
      </div>
    </Modal>
  );
}
