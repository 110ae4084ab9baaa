// Is the centre server reachable? Learnt by asking it (a health request with a short timeout),
// never from navigator.onLine alone: building-hall Wi-Fi often sits behind a captive portal.
import { signal } from '@preact/signals';

export type Reachability = 'online' | 'offline' | 'no-server';

export const reachability = signal<Reachability>(
  typeof navigator !== 'undefined' && navigator.onLine ? 'online' : 'offline',
);

const HEALTH_TIMEOUT_MS = 4000;
const RECHECK_MS = 30_000;

export async function checkServer(fetchImpl: typeof fetch = fetch): Promise<Reachability> {
  if (!navigator.onLine) return 'offline';
  try {
    const res = await fetchImpl('/api/v1/health', {
      cache: 'no-store',
      signal: AbortSignal.timeout(HEALTH_TIMEOUT_MS),
    });
    if (!res.ok) return 'no-server';
    const body = (await res.json()) as { status?: string };
    return body.status === 'ok' ? 'online' : 'no-server';
  } catch {
    return navigator.onLine ? 'no-server' : 'offline';
  }
}

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
