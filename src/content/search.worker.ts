// The guide search runs here, off the page's main thread: building the indexes and fuzzy matching
// never delay a tap. The page talks to it only through search-client.ts.
import { expose } from 'comlink';
import type { ContentBundle } from '../shared/content';
import type { Language } from '../shared/taxonomy';
import { buildSearchIndex, type GuideSearchIndex, type SearchHit } from './search-index';

let index: GuideSearchIndex | undefined;

const api = {
  /** (Re)builds the indexes from a bundle; the previous ones are replaced whole. */
  load(bundle: Pick<ContentBundle, 'guides' | 'synonyms'>): void {
    index = buildSearchIndex(bundle);
  },
  /** Guides matching `query`, best first; empty before load() or for an empty query. */
  search(query: string, lang: Language): SearchHit[] {
    return index ? index.search(query, lang) : [];
  },
};

export type SearchWorkerApi = typeof api;

expose(api);
