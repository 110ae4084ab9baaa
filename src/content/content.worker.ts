// The content bundle is read, checked (schema and SHA-256) and stored here, off the page's main
// thread: on a first start these are the kiosk's longest tasks (a 370 KB bundle parsed, checked
// twice and written to IndexedDB), and a tablet must answer taps meanwhile. The page talks to it
// only through content-client.ts and receives the chosen bundle as JSON bytes (transferred, not
// copied; JSON.parse on the page is cheaper than a structured clone of the object tree), in pieces
// it parses one task each (bundle-pieces.ts).
// The kiosk home's other read of the database (« La borne revient ») is watched here too, so the
// page never loads the database code to show its first screen.
import { expose, transfer } from 'comlink';
import { getDb } from '../db/database';
import { type NextVisits, watchNextVisits } from '../kiosk/next-visits';
import type { ContentBundle } from '../shared/content';
import { toPieces } from './bundle-pieces';
import { newestStoredBundle, newestStoredVersion } from './bundle-storage';
import { createContentStore, fetchShippedBundle } from './store';

const store = createContentStore({ db: getDb, fetchShipped: fetchShippedBundle });

function bytes(bundle: ContentBundle): Uint8Array[] {
  const pieces = toPieces(bundle);
  return transfer(
    pieces,
    pieces.map((piece) => piece.buffer as ArrayBuffer),
  );
}

const watches = new Map<number, () => void>();
let lastWatch = 0;

const api = {
  /** The bundle to show: the newest valid stored one, or the one shipped with the app (stored). */
  async load(): Promise<Uint8Array[]> {
    return bytes(await store.loadContent());
  },
  /** The newest valid stored bundle when it is newer than `shown`, else null. */
  async newer(shown: number): Promise<Uint8Array[] | null> {
    if (((await newestStoredVersion(getDb())) ?? 0) <= shown) return null;
    const newest = await newestStoredBundle(getDb());
    return newest && newest.version > shown ? bytes(newest) : null;
  },
  /** Calls `onChange` with the next visits now and at each change, until stopNextVisits(id). */
  watchNextVisits(onChange: (visits: NextVisits) => void): number {
    const id = ++lastWatch;
    watches.set(id, watchNextVisits(onChange));
    return id;
  },
  stopNextVisits(id: number): void {
    watches.get(id)?.();
    watches.delete(id);
  },
};

export type ContentWorkerApi = typeof api;

expose(api);
