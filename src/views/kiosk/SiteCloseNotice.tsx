// At the kiosk home after a reset: the official site's window could not be closed (or the kiosk
// lost track of it), said in words so that the next person or the team closes it.
import { t } from '../../i18n';
import { lastSiteClose } from '../../kiosk/official-window';

export function SiteCloseNotice() {
  const result = lastSiteClose.value;
  if (result !== 'failed' && result !== 'lost') return null;
  return (
    <div class="kiosk-site-notice" role="alert" data-testid="site-close-notice">
      <p>{t(result === 'failed' ? 'kiosk.siteClose.failed' : 'kiosk.siteClose.lost')}</p>
      <button
        type="button"
        class="button"
        onClick={() => {
          lastSiteClose.value = 'none';
        }}
      >
        {t('kiosk.siteClose.ok')}
      </button>
    </div>
  );
}
