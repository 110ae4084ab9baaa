import type { ComponentChildren } from 'preact';
import { t } from '../../i18n';
import { content, contentFailed } from '../../kiosk/content';

/** Screens that need the guides wait here for the bundle (it loads after the first paint). */
export function ContentGate({ children }: { children: () => ComponentChildren }) {
  if (content.value) return <>{children()}</>;
  if (contentFailed.value) {
    return (
      <p role="alert" class="kiosk-message">
        {t('kiosk.content.error')}
      </p>
    );
  }
  return <p class="loading">{t('kiosk.content.loading')}</p>;
}
