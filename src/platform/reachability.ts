// Is the centre server reachable? Learnt by asking it (a health request with a short timeout),
// never from navigator.onLine alone: building-hall Wi-Fi often sits behind a captive portal.
import { signal } from '@preact/signals';
import { checkServer, type Reachability } from './health';

export type { Reachability } from './health';

export const reachability = signal<Reachability>(
  typeof navigator !== 'undefined' && navigator.onLine ? 'online' : 'offline',
);

const RECHECK_MS = 30_000;

export async function refreshReachability(): Promise<Reachability> {
  reachability.value = await checkServer();
  return reachability.value;
}

export function watchReachability(): void {
  const refresh = () => void refreshReachability();
  window.addEventListener('online', refresh);
  window.addEventListener('offline', () => {
    reachability.value = 'offline';
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') refresh();
  });
  setInterval(() => {
    if (document.visibilityState === 'visible') refresh();
  }, RECHECK_MS);
  refresh();
}
