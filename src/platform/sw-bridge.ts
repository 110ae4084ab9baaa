// The only module that talks to the service worker. The update is prompted, never forced: a new
// worker waits until the person taps "Mettre à jour" (or the tablet starts again).
import { signal } from '@preact/signals';
import type { Workbox } from 'workbox-window';

export const updateWaiting = signal(false);
let wb: Workbox | undefined;

/** Registers the worker; workbox-window is loaded here, after the first paint, not with the entry. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  void import('workbox-window')
    .then(({ Workbox }) => {
      wb = new Workbox('/sw.js');
      wb.addEventListener('waiting', (event) => {
        // Found waiting at start: nobody is in the middle of anything yet, apply it now.
        if (event.wasWaitingBeforeRegister) applyUpdate();
        else updateWaiting.value = true;
      });
      wb.addEventListener('controlling', () => window.location.reload());
      return wb.register();
    })
    .catch(() => {
      // No service worker (private mode, old browser): the app still runs online.
    });
}

/** Tells the waiting worker to take over; the page reloads when it controls it. */
export function applyUpdate(): void {
  updateWaiting.value = false;
  wb?.messageSkipWaiting();
}

/** Asks the browser for a new version now (e.g. after a sync). */
export function checkForUpdate(): void {
  void wb?.update();
}

/** Forwards service-worker messages (e.g. its `sync` event) to the page's listeners. */
export function onServiceWorkerMessage(type: string, listener: () => void): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event) => {
    if ((event.data as { type?: string } | null)?.type === type) listener();
  });
}
