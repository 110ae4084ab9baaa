// The page's bridge to the sync worker: the only module that creates it. Screens call syncNow()
// (the "Synchroniser" button, the setup screen's first pull); startSync() wires the page's own
// triggers: app start, `online`, the tab becoming visible, the service worker's sync message.
import * as Comlink from 'comlink';
import { isEnrolled } from '../device/enrolment';
import { reachability } from '../platform/reachability';
import { onServiceWorkerMessage } from '../platform/sw-bridge';
import { openSyncChannel, type SyncMessage, type SyncWorkerApi } from './channel';
import type { SyncOutcome } from './engine';
import type { TriggerReason } from './scheduler';

/** The service worker's Background Sync tag (src/sw/background-sync.ts). */
const BACKGROUND_SYNC_TAG = 'borne-sync';

let remote: Comlink.Remote<SyncWorkerApi> | undefined;
let started = false;

function worker(): Comlink.Remote<SyncWorkerApi> {
  if (!remote) {
    // The worker's news (a pass's outcome, a wipe) comes on a broadcast channel, opened with it:
    // a channel costs the page tens of milliseconds to open, which a kiosk's first start need not pay.
    openSyncChannel(onMessage);
    remote = Comlink.wrap<SyncWorkerApi>(
      new Worker(new URL('./sync.worker.ts', import.meta.url), { type: 'module', name: 'sync' }),
    );
  }
  return remote;
}

/** Runs a pass now (or joins the one running) and resolves with how it went. */
export async function syncNow(reason: TriggerReason = 'manual'): Promise<SyncOutcome | undefined> {
  return worker().trigger(reason);
}

/** Where Background Sync exists, the browser wakes us when the network is back. A bonus only. */
async function registerBackgroundSync(): Promise<void> {
  try {
    const reg = (await navigator.serviceWorker?.ready) as
      | (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } })
      | undefined;
    await reg?.sync?.register(BACKGROUND_SYNC_TAG);
  } catch {
    // Not supported or not allowed: the page's own triggers remain.
  }
}

function onMessage(message: SyncMessage): void {
  if (message.type === 'wiped') {
    // A full load clears everything in memory too (unlocked agent, open forms).
    location.replace('/installation');
  } else if (message.type === 'outcome') {
    // What a pass learnt of the server is news for the connection indicator too.
    const { outcome } = message;
    if (outcome.status === 'ok') reachability.value = 'online';
    if (outcome.status !== 'error') return;
    if (outcome.kind === 'offline' || outcome.kind === 'unreachable') {
      reachability.value = outcome.kind === 'offline' ? 'offline' : 'no-server';
      void registerBackgroundSync();
    }
  }
}

/**
 * Called once after the first render. A tablet not enrolled has nothing to sync: the worker and its
 * channel start only once it is (the setup screen's first pass starts them through syncNow()).
 */
export function startSync(): void {
  if (started) return;
  started = true;
  const trigger = (reason: TriggerReason) =>
    void isEnrolled().then((enrolled) => {
      if (enrolled) void worker().trigger(reason);
    });
  window.addEventListener('online', () => trigger('online'));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') trigger('visible');
  });
  onServiceWorkerMessage('SYNC_REQUESTED', () => trigger('sw'));
  trigger('start');
}
