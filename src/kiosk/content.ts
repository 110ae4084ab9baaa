// The kiosk's view of the content (src/content/content-client.ts). The bundle is read, checked and
// stored by the content worker after the kiosk's first paint, so the theme tiles show at once and
// the main thread stays free for taps.
import { computed, effect, signal } from '@preact/signals';
import type { ContentBundle, GlossaryTerm, Guide } from '../shared/content';

type StoreModule = typeof import('../content/content-client');

/** The bundle on screen; null until loaded. Changes only through the store's adopt call. */
export const content = signal<ContentBundle | null>(null);
export const contentFailed = signal(false);

let storeLoading: Promise<StoreModule> | undefined;

function loadStore(): Promise<StoreModule> {
  storeLoading ??= import('../content/content-client').then((store) => {
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
 * never while a guide is open (a guide must not change under a resident). The content worker asks
 * the database itself (a cheap read of version numbers) rather than trusting a change notification,
 * which a bundle stored by the sync worker may not send.
 */
export async function adoptLatestContent(): Promise<void> {
  try {
    const store = await loadStore();
    if (content.value) await store.adoptLatestContent();
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
