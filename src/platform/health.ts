// The health request that tells whether the centre server answers, with no DOM and no signals so
// the sync worker uses the same check as the page (src/platform/reachability.ts).

export type Reachability = 'online' | 'offline' | 'no-server';

export const HEALTH_TIMEOUT_MS = 4000;

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
