// A short confirmation shown on the next screen ("Rencontre enregistrée.") in a live region.
import { signal } from '@preact/signals';
import type { MessageKey } from '../../i18n';
import { clock } from '../../platform/clock';

export const flash = signal<{ key: MessageKey; at: number } | undefined>(undefined);

export function showFlash(key: MessageKey): void {
  flash.value = { key, at: clock.ms() };
}
