// Which content bundle to show: the newest valid stored one or the one shipped with the app, and
// whether a newer one waits. A new bundle is stored as soon as it arrives but shown only when
// adoptLatestContent() is called at a safe moment (kiosk home, reset). It runs in the content
// worker (content.worker.ts), off the page's main thread; the page holds only content-client.ts.
import { computed, type ReadonlySignal, signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { BorneDatabase } from '../db/database';
import type { ContentBundle } from '../shared/content';
import { formatIssue } from '../shared/content';
import { verifyContentBundle } from './bundle-check';
import { newestStoredBundle, newestStoredVersion, storeContentBundle } from './bundle-storage';

/** Where the build puts the bundle (precached by the service worker, so it answers offline). */
export const SHIPPED_BUNDLE_URL = '/content/bundle.json';

export interface ContentStoreDeps {
  db: () => BorneDatabase;
  /** Fetches the bundle shipped with the app; rejects when it cannot. */
  fetchShipped: () => Promise<unknown>;
}

export interface ContentStore {
  /** The bundle the screens show; null until loadContent() resolves. */
  activeContent: ReadonlySignal<ContentBundle | null>;
  /** True when a newer valid bundle is stored than the one on screen. */
  contentUpdateAvailable: ReadonlySignal<boolean>;
  loadContent(): Promise<ContentBundle>;
  installContentBundle(bundle: unknown): Promise<boolean>;
  adoptLatestContent(): Promise<boolean>;
}

/** The bundle shipped with the app (precached by the service worker, so it answers offline). */
export async function fetchShippedBundle(): Promise<unknown> {
  const response = await fetch(SHIPPED_BUNDLE_URL);
  if (!response.ok) throw new Error(`${SHIPPED_BUNDLE_URL}: HTTP ${response.status}`);
  return response.json();
}

export function createContentStore(deps: ContentStoreDeps): ContentStore {
  const active = signal<ContentBundle | null>(null);
  const newestVersion = signal<number | undefined>(undefined);
  const updateAvailable = computed(() => {
    const shown = active.value;
    return shown !== null && newestVersion.value !== undefined && newestVersion.value > shown.version;
  });
  let loading: Promise<ContentBundle> | undefined;
  let watching = false;

  // Another context (the sync worker) may store a bundle: follow the newest stored version.
  function watchStoredVersions() {
    if (watching) return;
    watching = true;
    // async: a database that cannot even open rejects into `error` instead of throwing in a timer.
    liveQuery(async () => newestStoredVersion(deps.db())).subscribe({
      next: (version) => {
        newestVersion.value = version;
      },
      error: (error) => console.warn('[content] watching stored bundles failed', error),
    });
  }

  async function shippedBundle(): Promise<ContentBundle | undefined> {
    try {
      const check = await verifyContentBundle(await deps.fetchShipped());
      if (check.ok) return check.bundle;
      console.warn(`[content] shipped bundle refused: ${check.issues.map(formatIssue).join('; ')}`);
    } catch (error) {
      console.warn('[content] shipped bundle unavailable', error);
    }
    return undefined;
  }

  /** Storage can fail (quota, private browsing, a broken database): the guides must still show. */
  async function orUndefined<T>(what: string, task: () => Promise<T>): Promise<T | undefined> {
    try {
      return await task();
    } catch (error) {
      console.warn(`[content] ${what} failed`, error);
      return undefined;
    }
  }

  async function load(): Promise<ContentBundle> {
    const stored = await orUndefined('reading stored bundles', () => newestStoredBundle(deps.db()));
    // The app's own bundle wins when it is newer (an app update brought newer content).
    const shipped = await shippedBundle();
    let chosen = stored;
    if (shipped && (!stored || shipped.version > stored.version)) {
      await orUndefined('storing the shipped bundle', () => storeContentBundle(deps.db(), shipped));
      chosen = shipped;
    }
    if (!chosen) {
      throw new Error(
        'Les guides ne sont pas encore sur cette tablette. Connectez-la à Internet une fois, puis rouvrez l’application.',
      );
    }
    active.value = chosen;
    const newestKey = await orUndefined('reading stored versions', () => newestStoredVersion(deps.db()));
    newestVersion.value = Math.max(chosen.version, newestKey ?? 0);
    watchStoredVersions();
    return chosen;
  }

  return {
    activeContent: active,
    contentUpdateAvailable: updateAvailable,

    loadContent() {
      if (active.value) return Promise.resolve(active.value);
      loading ??= load().finally(() => {
        loading = undefined;
      });
      return loading;
    },

    async installContentBundle(bundle) {
      const result = await storeContentBundle(deps.db(), bundle, { keepVersion: active.value?.version });
      if (!result.installed) {
        console.warn(`[content] ${result.reason}`);
        return false;
      }
      newestVersion.value = Math.max(newestVersion.value ?? 0, result.version);
      return true;
    },

    async adoptLatestContent() {
      const shown = active.value;
      // Keys only first: cheap enough to call at every return to the kiosk home.
      const newestKey = await newestStoredVersion(deps.db());
      if (newestKey === undefined || (shown && newestKey <= shown.version)) return false;
      const newest = await newestStoredBundle(deps.db());
      if (!newest || (shown && newest.version <= shown.version)) return false;
      active.value = newest;
      return true;
    },
  };
}
