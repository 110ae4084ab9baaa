import type { ComponentChildren } from 'preact';
import { t } from '../../i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { OnlineIndicator } from './OnlineIndicator';

/** The bar on every tablet screen: name, connection state, language. */
export function TopBar({ children }: { children?: ComponentChildren }) {
  return (
    <header class="top-bar">
      <span class="top-bar-name">{t('app.name')}</span>
      {children}
      <OnlineIndicator />
      <LanguageSwitch />
    </header>
  );
}
