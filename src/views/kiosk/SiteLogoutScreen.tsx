// Before the kiosk closes an official site: « Déconnectez-vous du site, puis fermez-le », read
// aloud, with the picture of the usual logout button. Closing the window does not log the resident
// out of the site (its cookies are not the kiosk's): only the resident can.
import { useEffect } from 'preact/hooks';
import { language, t } from '../../i18n';
import { closeSiteAndReset } from '../../kiosk/finish';
import { focusOfficialSite } from '../../kiosk/official-window';
import { spokenText } from '../../kiosk/spoken';
import { logoutScreenOpen } from '../../kiosk/state';
import { speak } from '../../platform/speech';
import { LogoutPicture } from './LogoutPicture';
import { Modal } from './Modal';
import { ReadAloud } from './ReadAloud';

export function logoutSpoken(): string {
  return spokenText([t('kiosk.logout.title'), t('kiosk.logout.text')]);
}

/** The message and picture, also shown inside the idle prompt while a site is open. */
export function LogoutMessage({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <Heading id="logout-title">{t('kiosk.logout.title')}</Heading>
      <p class="kiosk-fullscreen-text">{t('kiosk.logout.text')}</p>
      <LogoutPicture />
    </>
  );
}

export function SiteLogoutScreen() {
  const open = logoutScreenOpen.value;
  const lang = language.value;
  const text = logoutSpoken();
  useEffect(() => {
    if (open) speak(text, lang);
  }, [open, lang]);
  return (
    <Modal
      open={open}
      onClose={() => {
        logoutScreenOpen.value = false;
      }}
      labelledBy="logout-title"
      class="kiosk-fullscreen"
      testId="logout-screen"
    >
      <LogoutMessage />
      <ReadAloud text={text} label={t('kiosk.read.again')} />
      <div class="kiosk-dialog-actions">
        <button type="button" class="button kiosk-button-big" onClick={focusOfficialSite}>
          {t('kiosk.logout.goToSite')}
        </button>
        <button
          type="button"
          class="button button-primary kiosk-button-big"
          onClick={closeSiteAndReset}
          data-testid="logout-done"
          autofocus
        >
          {t('kiosk.logout.done')}
        </button>
      </div>
    </Modal>
  );
}
