// Kiosk use, from anonymous kiosk events: guides opened and completed, languages, searches that
// found nothing (the typed text is never recorded), read-aloud.
import type { KioskEvent } from '../../../src/shared/records';
import { LANGUAGES } from '../../../src/shared/taxonomy';
import { add, zeros } from './counts';

export function kioskUse(events: readonly KioskEvent[]) {
  const languages = zeros(LANGUAGES);
  const guides = new Map<string, { guideId: string; opened: number; completed: number }>();
  const guide = (id: string) => {
    let g = guides.get(id);
    if (!g) {
      g = { guideId: id, opened: 0, completed: 0 };
      guides.set(id, g);
    }
    return g;
  };
  let guidesOpened = 0;
  let guidesCompleted = 0;
  let searchHits = 0;
  let searchesWithoutResult = 0;
  let readAloud = 0;
  for (const e of events) {
    switch (e.event) {
      case 'open':
        guidesOpened++;
        add(languages, e.language);
        if (e.guideId) guide(e.guideId).opened++;
        break;
      case 'complete':
        guidesCompleted++;
        if (e.guideId) guide(e.guideId).completed++;
        break;
      case 'search_hit':
        searchHits++;
        break;
      case 'search_miss':
        searchesWithoutResult++;
        break;
      case 'read_aloud':
        readAloud++;
        break;
      default:
        break;
    }
  }
  return {
    events: events.length,
    guidesOpened,
    guidesCompleted,
    searches: searchHits + searchesWithoutResult,
    searchesWithoutResult,
    readAloud,
    languages,
    byGuide: [...guides.values()].sort(
      (a, b) => b.opened - a.opened || b.completed - a.completed || a.guideId.localeCompare(b.guideId),
    ),
  };
}
