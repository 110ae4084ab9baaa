// Called by the team and kiosk writes after saving: "there is something new to push". Tiny on
// purpose (no worker, no database): any tab's sync worker hears it and syncs after a short delay.
// The worker also watches the outbox itself, so a forgotten call only delays a push.
import { openSyncChannel } from './channel';

let channel: BroadcastChannel | undefined;

export function requestSync(): void {
  if (typeof BroadcastChannel === 'undefined') return;
  channel ??= openSyncChannel();
  channel.postMessage({ type: 'request' });
}
