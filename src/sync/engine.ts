// One sync pass: ask the server whether it answers, push the outbox, pull reference changes, then
// carry out what the pull asked for (centre settings, content, wipe). Everything the pass needs
// (database, network, clock, lock, enrolment, wipe) is passed in, so tests run it with
// fake-indexeddb and a fake server. Runs in the sync worker.
import type { BorneDatabase } from '../db/database';
import type { Enrolment } from '../device/enrolment';
import type { WipeReason } from '../device/wipe';
import type { Reachability } from '../platform/health';
import type { Heartbeat } from '../shared/heartbeat';
import { PROTOCOL_VERSION } from '../shared/protocol';
import type { Centre } from '../shared/reference';
import { fetchContentIfChanged } from './content';
import { collectHeartbeat, type StorageReport } from './heartbeat';
import { type FetchLike, SyncError, type SyncErrorKind } from './http';
import { pullAll } from './pull';
import { pushAll } from './push';
import { clearState, getState, setState } from './state';

export type LockResult<T> = { acquired: true; value: T } | { acquired: false };

export interface EngineDeps {
  getDb: () => BorneDatabase;
  fetch: FetchLike;
  now: () => Date;
  getEnrolment: () => Promise<Enrolment | undefined>;
  updateCentre: (centre: Centre) => Promise<void>;
  wipe: (reason: WipeReason) => Promise<void>;
  checkServer: () => Promise<Reachability>;
  /** Runs `fn` only if no other tab is syncing (navigator.locks in the browser). */
  withLock: <T>(fn: () => Promise<T>) => Promise<LockResult<T>>;
  /** Pull page size (tests use small pages). */
  pullLimit?: number;
  /** Storage used/quota/persistent for the heartbeat (navigator.storage in the worker). */
  storage?: () => Promise<StorageReport>;
}

const noStorage = async (): Promise<StorageReport> => ({});

export type SyncOutcome =
  | { status: 'ok'; pushed: number; rejected: number; pulled: number }
  | { status: 'error'; kind: SyncErrorKind; message?: string; retryAfterMs?: number }
  | { status: 'busy' }
  | { status: 'not_enrolled' }
  | { status: 'wiped'; reason: WipeReason };

export async function runSync(deps: EngineDeps): Promise<SyncOutcome> {
  const enrolment = await deps.getEnrolment();
  if (!enrolment) return { status: 'not_enrolled' };
  const locked = await deps.withLock(() => syncPass(deps, enrolment));
  return locked.acquired ? locked.value : { status: 'busy' };
}

async function syncPass(deps: EngineDeps, enrolment: Enrolment): Promise<SyncOutcome> {
  const db = deps.getDb();
  if (await getState(db, 'pull:wipe')) return wipe(deps, 'wipe_command');
  await setState(db, 'lastAttemptAt', deps.now().toISOString());
  try {
    const reach = await deps.checkServer();
    if (reach !== 'online') throw new SyncError(reach === 'offline' ? 'offline' : 'unreachable');

    const push = (total?: number, heartbeat?: Heartbeat) =>
      pushAll({
        db,
        fetch: deps.fetch,
        token: enrolment.deviceToken,
        deviceId: enrolment.deviceId,
        now: deps.now,
        trackProgress: true,
        total,
        heartbeat,
      });
    // After a 426 nothing more is pushed until the app is updated (its protocol is then higher);
    // the outbox stays, and pulling goes on so guides still arrive.
    let pushed = { acknowledged: 0, rejected: 0 };
    let protocolError: SyncError | undefined;
    if ((await getState(db, 'protocolRefused')) !== PROTOCOL_VERSION) {
      const total = await db.outbox.count();
      if (total > 0) await setState(db, 'progress', { phase: 'push', done: 0, total });
      try {
        // The pass's first push says how the tablet is (issue 11), even with nothing to send.
        pushed = await push(total, await collectHeartbeat(db, deps.now(), deps.storage ?? noStorage));
      } catch (err) {
        if (!(err instanceof SyncError && err.kind === 'protocol')) throw err;
        await setState(db, 'protocolRefused', PROTOCOL_VERSION);
        protocolError = err;
      }
    } else {
      protocolError = new SyncError('protocol');
    }

    await setState(db, 'progress', { phase: 'pull', done: 0, total: 0 });
    const pulled = await pullAll({
      db,
      fetch: deps.fetch,
      token: enrolment.deviceToken,
      limit: deps.pullLimit,
      now: deps.now,
      pushAll: () => {
        if (protocolError) throw protocolError; // a reset needs everything pushed first
        return push();
      },
      onProgress: (done) => setState(db, 'progress', { phase: 'pull', done, total: 0 }),
    });
    if (await getState(db, 'pull:wipe')) return wipe(deps, 'wipe_command');
    const centre = await getState(db, 'pull:centre');
    if (centre) await deps.updateCentre(centre);
    await fetchContentIfChanged(db, deps.fetch, deps.now);

    await clearState(db, 'progress');
    if (protocolError) throw protocolError;
    await clearState(db, 'lastError');
    await setState(db, 'lastSuccessAt', deps.now().toISOString());
    return { status: 'ok', pushed: pushed.acknowledged, rejected: pushed.rejected, pulled: pulled.applied };
  } catch (err) {
    const error = err instanceof SyncError ? err : new SyncError('server', (err as Error)?.message);
    if (error.kind === 'revoked') return wipe(deps, 'revoked');
    // The database may be gone (wiped from another tab): recording the error must not throw.
    await clearState(db, 'progress').catch(() => undefined);
    await setState(db, 'lastError', {
      kind: error.kind,
      message: error.serverMessage,
      at: deps.now().toISOString(),
    }).catch(() => undefined);
    return {
      status: 'error',
      kind: error.kind,
      message: error.serverMessage,
      retryAfterMs: error.retryAfterMs,
    };
  }
}

async function wipe(deps: EngineDeps, reason: WipeReason): Promise<SyncOutcome> {
  await deps.wipe(reason);
  return { status: 'wiped', reason };
}
