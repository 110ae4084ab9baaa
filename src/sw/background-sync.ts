// Where the browser has Background Sync, its `sync` event asks the open pages to sync.
// A bonus, not the driver: the page's own scheduler does the work.
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
}

export const SYNC_TAG = 'borne-sync';

export function forwardBackgroundSync(sw: ServiceWorkerGlobalScope): void {
  sw.addEventListener('sync' as keyof ServiceWorkerGlobalScopeEventMap, (event) => {
    const syncEvent = event as SyncEvent;
    if (syncEvent.tag !== SYNC_TAG) return;
    syncEvent.waitUntil(
      sw.clients.matchAll({ type: 'window' }).then((clients) => {
        for (const client of clients) client.postMessage({ type: 'SYNC_REQUESTED' });
      }),
    );
  });
}
