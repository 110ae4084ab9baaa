// Messages between the tabs and sync workers of this tablet, on one BroadcastChannel (no DOM types:
// used by the page and the worker). The API of the sync worker, seen from the page through Comlink.
import type { WipeReason } from '../device/wipe';
import type { SyncOutcome } from './engine';
import type { TriggerReason } from './scheduler';

export const SYNC_CHANNEL = 'borne-sync';

export type SyncMessage =
  /** A local write was saved: sync soon (any tab's worker may do it). */
  | { type: 'request' }
  /** The tablet erased itself: every tab goes back to setup. */
  | { type: 'wiped'; reason: WipeReason }
  /** A pass ended (tabs show the result; the page registers a background sync if it failed). */
  | { type: 'outcome'; outcome: SyncOutcome };

export interface SyncWorkerApi {
  /** Starts a pass now or soon; undefined when it was deferred (debounce or back-off). */
  trigger(reason: TriggerReason): Promise<SyncOutcome | undefined>;
}

export function openSyncChannel(onMessage?: (message: SyncMessage) => void): BroadcastChannel {
  const channel = new BroadcastChannel(SYNC_CHANNEL);
  if (onMessage) channel.onmessage = (event: MessageEvent) => onMessage(event.data as SyncMessage);
  return channel;
}
