/** The page asks the waiting worker to take over only after the person accepted the update. */
export function listenForMessages(sw: ServiceWorkerGlobalScope): void {
  sw.addEventListener('message', (event) => {
    if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
  });
}
