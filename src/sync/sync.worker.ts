/// <reference lib="webworker" />
// The sync worker: runs the engine off the page's thread, one pass at a time, and only in one tab
// at a time (navigator.locks). The page talks to it through Comlink (src/sync/sync-client.ts).
import * as Comlink from 'comlink';
import { liveQuery } from 'dexie';
import { getDb } from '../db/database';
import { getEnrolment, updateEnrolledCentre } from '../device/enrolment';
import { wipeDevice } from '../device/wipe';
import { clock } from '../platform/clock';
import { checkServer } from '../platform/health';
import { openSyncChannel, type SyncMessage, type SyncWorkerApi } from './channel';
import { type LockResult, runSync } from './engine';
import { browserStorage } from './heartbeat';
import { SyncScheduler } from './scheduler';

declare const self: DedicatedWorkerGlobalScope;

const LOCK_NAME = 'borne-sync';

async function withLock<T>(fn: () => Promise<T>): Promise<LockResult<T>> {
  const locks = self.navigator.locks;
  if (!locks) return { acquired: true, value: await fn() };
  return locks.request(LOCK_NAME, { ifAvailable: true }, async (lock) =>
    lock ? { acquired: true as const, value: await fn() } : { acquired: false as const },
  );
}

const channel = openSyncChannel((message) => {
  if (message.type === 'request') void scheduler.trigger('write');
});
const post = (message: SyncMessage) => channel.postMessage(message);

const scheduler = new SyncScheduler({
  run: () =>
    runSync({
      getDb,
      fetch: (input, init) => self.fetch(input, init),
      now: clock.now,
      getEnrolment,
      updateCentre: updateEnrolledCentre,
      wipe: async (reason) => {
        await wipeDevice(reason);
        post({ type: 'wiped', reason });
      },
      checkServer: () => checkServer((input, init) => self.fetch(input, init)),
      withLock,
      storage: () => browserStorage(self.navigator.storage),
    }),
  now: clock.ms,
  random: Math.random,
  setTimer: (fn, ms) => self.setTimeout(fn, ms),
  clearTimer: (handle) => self.clearTimeout(handle as number),
  onOutcome: (outcome) => post({ type: 'outcome', outcome }),
});

// A local write anywhere (page, other tab) grows the outbox: push it soon.
let lastCount = -1;
liveQuery(() => getDb().outbox.count()).subscribe({
  next: (count) => {
    if (lastCount >= 0 && count > lastCount) void scheduler.trigger('write');
    lastCount = count;
  },
  error: () => undefined,
});

const api: SyncWorkerApi = {
  trigger: (reason) => scheduler.trigger(reason),
};
Comlink.expose(api);
