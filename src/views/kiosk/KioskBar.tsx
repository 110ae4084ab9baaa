import { deviceSettings } from '../../device/settings-store';
import { t } from '../../i18n';
import { KIOSK_HOME } from '../../kiosk/mode';
import { exitDialogOpen } from '../../kiosk/state';
import { BookIcon, HomeIcon } from './Icons';
import { KioskLink } from './KioskLink';
import { TextSizeControl } from './TextSizeControl';

/** On every kiosk screen: back to the guides' home, the lexique, text size, and the staff exit. */
export function KioskBar() {
  return (
    <nav class="kiosk-bar" aria-label={t('kiosk.nav.label')}>
      <KioskLink href={KIOSK_HOME} class="button kiosk-bar-link" data-testid="kiosk-home-link">
        <HomeIcon />
        {t('kiosk.nav.home')}
      </KioskLink>
      <KioskLink href={`${KIOSK_HOME}/lexique`} class="button kiosk-bar-link">
        <BookIcon />
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
