import { t } from '../../i18n';
import { reachability } from '../../platform/reachability';

/** The official website, only when the tablet is online; otherwise a sentence saying why not. */
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
      target="_blank"
      rel="noopener noreferrer"
      data-testid="official-link"
    >
      {t('kiosk.official.open')}
    </a>
  );
}
