// Bridge to the search worker: the screens call searchGuides() and never see the worker.
// The worker is created on the first search and loads the bundle on screen; when the kiosk adopts
// a new bundle, the next search reloads it first.
import { type Remote, wrap } from 'comlink';
import type { Language } from '../shared/taxonomy';
import { activeContent, loadContent } from './content-client';
import type { SearchWorkerApi } from './search.worker';
import type { SearchHit } from './search-index';

let worker: Remote<SearchWorkerApi> | undefined;
let loadedHash: string | undefined;
let loading: Promise<void> | undefined;

async function ready(): Promise<Remote<SearchWorkerApi>> {
  worker ??= wrap<SearchWorkerApi>(
    new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' }),
  );
  const remote = worker;
  // Loop: the kiosk may adopt a newer bundle while the previous one is being loaded.
  for (;;) {
    const bundle = activeContent.value ?? (await loadContent());
    if (bundle.hash === loadedHash) break;
    loading ??= remote
      .load({ guides: bundle.guides, synonyms: bundle.synonyms })
      .then(() => {
        loadedHash = bundle.hash;
      })
      .finally(() => {
        loading = undefined;
      });
    await loading;
  }
  return remote;
}

/** Guides matching what the resident typed, best first (accents, typos and synonyms tolerated). */
export async function searchGuides(query: string, lang: Language): Promise<SearchHit[]> {
  if (query.trim() === '') return [];
  const remote = await ready();
  return remote.search(query, lang);
}

/** Starts the worker and builds the index ahead of the first search (e.g. when the search box opens). */
export async function warmUpSearch(): Promise<void> {
  await ready();
}
