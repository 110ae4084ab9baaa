import { deviceSettings } from '../../device/settings-store';
import { t } from '../../i18n';
import { finishVisit } from '../../kiosk/finish';
import { askForAPerson } from '../../kiosk/help';
import { KIOSK_HOME } from '../../kiosk/mode';
import { exitDialogOpen } from '../../kiosk/state';
import { BookIcon, DoneIcon, HomeIcon, PersonIcon } from './Icons';
import { KioskLink } from './KioskLink';
import { TextSizeControl } from './TextSizeControl';

/**
 * On every kiosk screen: the guides' home, the lexique, text size, « J'ai besoin d'une personne »,
 * « J'ai fini » (the next person starts afresh), and the staff's way out.
 */
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
      <button
        type="button"
        class="button kiosk-bar-link kiosk-help-button"
        onClick={askForAPerson}
        data-testid="help-button"
      >
        <PersonIcon />
        {t('kiosk.help.button')}
      </button>
      <button type="button" class="button kiosk-bar-link" onClick={finishVisit} data-testid="finish-button">
        <DoneIcon />
        {t('kiosk.finish.button')}
      </button>
      {deviceSettings.value.kioskActive && (
        <button type="button" class="button kiosk-exit" onClick={() => (exitDialogOpen.value = true)}>
          {t('kiosk.exit.button')}
        </button>
      )}
    </nav>
  );
}
