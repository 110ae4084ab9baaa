// « J'ai besoin d'une personne »: a calm full-screen message that a worker is coming, and an
// anonymous `help_request` kiosk event naming the guide and step the resident was on (never who).
import { currentPath } from '../app/router';
import { recordKioskEvent } from './events';
import { parseGuidePath } from './guide-session';
import { helpOpen } from './state';

/** Where the resident is, as a help request records it. */
export function helpPlace(path: string): { guideId?: string; step?: number } {
  const place = parseGuidePath(path);
  if (!place) return {};
  return place.screen === 'step' ? { guideId: place.guideId, step: place.step } : { guideId: place.guideId };
}

export function askForAPerson(): void {
  if (helpOpen.value) return;
  helpOpen.value = true;
  recordKioskEvent('help_request', helpPlace(currentPath.value));
}
