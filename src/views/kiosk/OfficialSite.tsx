import { t } from '../../i18n';
import { OFFICIAL_WINDOW_NAME, openOfficialSite } from '../../kiosk/official-window';
import { reachability } from '../../platform/reachability';

/**
 * The official website, only when the tablet is online; otherwise a sentence saying why not. It
 * opens in the kiosk's one named site window (src/kiosk/official-window.ts), which « J'ai fini »,
 * the idle prompt and the reset close after the logout screen.
 */
export function OfficialSite({ url }: { url: string }) {
  if (reachability.value !== 'online') {
    return (
      <p class="kiosk-official-offline" data-testid="official-offline">
        {t('kiosk.official.offline')}
      </p>
    );
  }
  return (
    <a
      class="button kiosk-official-link"
      href={url}
      target={OFFICIAL_WINDOW_NAME}
      data-testid="official-link"
      onClick={(e) => {
        // The browser's own handling (a plain link) stays as the fallback if a window is refused.
        if (openOfficialSite(url)) e.preventDefault();
      }}
    >
      {t('kiosk.official.open')}
    </a>
  );
}
