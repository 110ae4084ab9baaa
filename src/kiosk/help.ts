// « J'ai besoin d'une personne »: a calm full-screen message that a worker is coming, and an
// anonymous `help_request` kiosk event naming the guide and step the resident was on (never who).
// The rule for counting: one request per resident and place. A resident who closes the message
// (« D'accord ») and opens it again on the same guide step — to read it in another language, or
// because nobody has come yet — is still the one request, so the figures count people waiting, not
// taps; asking again at another step, or on another screen, is a new need and a new request; the
// kiosk reset (inactivity, « J'ai fini », staff leaving) starts the next resident afresh.
import { currentPath } from '../app/router';
import { recordKioskEvent } from './events';
import { parseGuidePath } from './guide-session';
import { helpAskedAt, helpOpen } from './state';

/** Where the resident is, as a help request records it. */
export function helpPlace(path: string): { guideId?: string; step?: number } {
  const place = parseGuidePath(path);
  if (!place) return {};
  return place.screen === 'step' ? { guideId: place.guideId, step: place.step } : { guideId: place.guideId };
}

export function askForAPerson(): void {
  if (helpOpen.value) return;
  helpOpen.value = true;
  const place = helpPlace(currentPath.value);
  // Outside a guide, the screen itself is the place (the home, the search, the agenda…).
  const key = place.guideId ? `${place.guideId}#${place.step ?? ''}` : currentPath.value;
  if (helpAskedAt.has(key)) return;
  helpAskedAt.add(key);
  recordKioskEvent('help_request', place);
}
