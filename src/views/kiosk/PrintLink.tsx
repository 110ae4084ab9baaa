import { deviceSettings } from '../../device/settings-store';
import { t } from '../../i18n';
import type { Guide } from '../../shared/content';
import { handoutPath } from '../../shared/handout';
import { KioskLink } from './KioskLink';

/** « Imprimer ce guide », for staff only: shown when the kiosk is used in team mode, not kiosk mode. */
export function PrintLink({ guide }: { guide: Guide }) {
  if (deviceSettings.value.kioskActive) return null;
  return (
    <KioskLink href={handoutPath(guide.id)} class="button">
      {t('kiosk.print.button')}
    </KioskLink>
  );
}
