import { t } from '../../i18n';
import { reachability } from '../../platform/reachability';

/** Always visible: whether the centre server can be reached right now. */
export function OnlineIndicator() {
  const state = reachability.value;
  const label =
    state === 'online' ? t('net.online') : state === 'offline' ? t('net.offline') : t('net.noServer');
  return (
    <output class={`net-indicator net-${state}`} aria-live="polite" data-testid="net-indicator">
      <span class="net-dot" aria-hidden="true" />
      {label}
    </output>
  );
}
