// Messages in words: errors are announced (role=alert), confirmations politely (role=status).
import type { ComponentChildren } from 'preact';
import { t } from '../i18n';

export function ErrorMessage({ text }: { text: string | undefined }) {
  if (!text) return null;
  return (
    <p class="msg msg-error" role="alert">
      {text}
    </p>
  );
}

export function OkMessage({ text }: { text: string | undefined }) {
  return (
    <p class={text ? 'msg msg-ok' : 'visually-hidden'} role="status">
      {text ?? ''}
    </p>
  );
}

export function InfoMessage({ children }: { children: ComponentChildren }) {
  return <p class="msg msg-info">{children}</p>;
}

export function Loading({ when }: { when: boolean }) {
  if (!when) return null;
  return (
    <p class="hint" aria-live="polite">
      {t('coord.loading')}
    </p>
  );
}
