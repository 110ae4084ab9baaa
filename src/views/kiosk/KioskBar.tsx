import { t } from '../../i18n';
import { KIOSK_HOME } from '../../kiosk/mode';
import { exitDialogOpen } from '../../kiosk/state';
import { deviceSettings } from '../../settings/store';
import { KioskLink } from './KioskLink';
import { TextSizeControl } from './TextSizeControl';

/** On every kiosk screen: back to the guides' home, the lexique, text size, and the staff exit. */
export function KioskBar() {
  return (
    <nav class="kiosk-bar" aria-label={t('kiosk.nav.label')}>
      <KioskLink href={KIOSK_HOME} class="button kiosk-bar-link" data-testid="kiosk-home-link">
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
          <path d="M3 11 12 3l9 8M6 9v12h12V9" fill="none" stroke="currentColor" stroke-width="2.5" />
        </svg>
        {t('kiosk.nav.home')}
      </KioskLink>
      <KioskLink href={`${KIOSK_HOME}/lexique`} class="button kiosk-bar-link">
        <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
          <path
            d="M4 4h7a3 3 0 0 1 3 3v13a3 3 0 0 0-3-3H4zM20 4h-3a3 3 0 0 0-3 3"
            fill="none"
            stroke="currentColor"
            stroke-width="2.5"
          />
        </svg>
        {t('kiosk.nav.glossary')}
      </KioskLink>
      <TextSizeControl />
      {deviceSettings.value.kioskActive && (
        <button type="button" class="button kiosk-exit" onClick={() => (exitDialogOpen.value = true)}>
          {t('kiosk.exit.button')}
        </button>
      )}
    </nav>
  );
}
