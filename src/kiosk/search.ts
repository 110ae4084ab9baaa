// The kiosk's door to the guide search (src/content/search-client.ts, a worker behind Comlink),
// loaded on first use so the kiosk's first paint never waits for MiniSearch.
import type { Language } from '../shared/taxonomy';

type SearchClient = typeof import('../content/search-client');
let client: Promise<SearchClient> | undefined;

function loadClient(): Promise<SearchClient> {
  client ??= import('../content/search-client');
  return client;
}

/** The guides to show first (at most 3, the need) and those folded under « Autres guides ». */
export async function findGuideResults(
  query: string,
  lang: Language,
): Promise<{ best: string[]; others: string[] }> {
  const { searchGuides } = await loadClient();
  const hits = await searchGuides(query, lang);
  return {
    best: hits.filter((h) => h.best).map((h) => h.id),
    others: hits.filter((h) => !h.best).map((h) => h.id),
  };
}

/** Builds the index ahead of the first search (when the resident touches the search box). */
export function warmUpSearch(): void {
  void loadClient()
    .then((c) => c.warmUpSearch())
    .catch(() => {
      // The search box says so if a search fails; the tiles still work.
    });
}
