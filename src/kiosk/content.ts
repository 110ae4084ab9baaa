// The kiosk's view of the content store (src/content/store.ts). The store, Dexie and the bundle's
// validation load after the kiosk's first paint (dynamic import), so the theme tiles show at once.
import { computed, effect, signal } from '@preact/signals';
import type { ContentBundle, GlossaryTerm, Guide } from '../shared/content';

type StoreModule = typeof import('../content/store');

/** The bundle on screen; null until loaded. Changes only through the store's adopt call. */
export const content = signal<ContentBundle | null>(null);
export const contentFailed = signal(false);

let storeLoading: Promise<StoreModule> | undefined;

function loadStore(): Promise<StoreModule> {
  storeLoading ??= import('../content/store').then((store) => {
    effect(() => {
      content.value = store.activeContent.value;
    });
    return store;
  });
  return storeLoading;
}

export async function ensureContent(): Promise<void> {
  try {
    const store = await loadStore();
    await store.loadContent();
    contentFailed.value = false;
  } catch {
    contentFailed.value = true;
  }
}

/**
 * Switches to the newest installed bundle, whole. Called only at the kiosk home and at a reset,
 * never while a guide is open (a guide must not change under a resident). It asks the database
 * itself (a cheap read of version numbers) rather than trusting a change notification, which a
 * bundle stored by the sync worker may not send.
 */
export async function adoptLatestContent(): Promise<void> {
  try {
    const store = await loadStore();
    const shown = content.value;
    if (!shown) return;
    const [{ getDb }, { newestStoredVersion }] = await Promise.all([
      import('../db/database'),
      import('../content/bundle-storage'),
    ]);
    if (((await newestStoredVersion(getDb())) ?? 0) > shown.version) await store.adoptLatestContent();
  } catch {
    // The bundle on screen stays: it is valid, only not the newest.
  }
}

export const guidesById = computed(
  () => new Map<string, Guide>((content.value?.guides ?? []).map((g) => [g.id, g])),
);
export const termsById = computed(
  () => new Map<string, GlossaryTerm>((content.value?.glossary ?? []).map((t) => [t.id, t])),
);
