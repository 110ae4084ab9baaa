// When the pulled content pointer changes, fetch the published bundle and store it through the
// content store's storage (validated whole, previous bundle kept). The kiosk switches to it at a
// safe moment (src/content/store.ts adoptLatestContent); nothing here touches the screens.
import { newestStoredVersion, storeContentBundle } from '../content/bundle-storage';
import type { BorneDatabase } from '../db/database';
import { clock } from '../platform/clock';
import { type FetchLike, requestJson, SyncError } from './http';
import { getState, setState } from './state';

/** Returns true when a new pointer was handled (its bundle fetched and stored if newer). */
export async function fetchContentIfChanged(
  db: BorneDatabase,
  fetchImpl: FetchLike,
  now: () => Date = clock.now,
): Promise<boolean> {
  const pointer = await getState(db, 'content:pointer');
  if (!pointer) return false;
  if ((await getState(db, 'content:handled')) === pointer.etag) return false;
  const stored = await newestStoredVersion(db);
  // Only fetched when the tablet has an older version: the pointer says which one is published.
  if (stored === undefined || stored < pointer.version) {
    const bundle = await requestJson<unknown>(fetchImpl, '/api/v1/content', { timeoutMs: 60_000 });
    const result = await storeContentBundle(db, bundle, { now });
    if (!result.installed) throw new SyncError('server', result.reason);
  }
  await setState(db, 'content:handled', pointer.etag);
  return true;
}
