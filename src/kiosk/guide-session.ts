// Usage events of a guide, read from where the resident is (the path), so every way of moving —
// buttons, back button, reset — counts the same: opened, each new step reached, completed, or
// abandoned (left before the end, by choice or by an inactivity reset).
import { effect, untracked } from '@preact/signals';
import { currentPath } from '../app/router';
import { GUIDE_PREFIX } from '../shared/guide-paths';
import { recordKioskEvent } from './events';
import { guideSession } from './state';

export type GuidePlace =
  | { guideId: string; screen: 'intro' }
  | { guideId: string; screen: 'step'; step: number }
  | { guideId: string; screen: 'end' };

/** /borne/guide/ID, /borne/guide/ID/etape/N (N from 1), /borne/guide/ID/fin. */
export function parseGuidePath(path: string): GuidePlace | undefined {
  if (!path.startsWith(GUIDE_PREFIX)) return undefined;
  const [guideId, part, n, ...rest] = path.slice(GUIDE_PREFIX.length).split('/');
  if (!guideId || rest.length > 0) return undefined;
  if (part === undefined || part === '') return { guideId, screen: 'intro' };
  if (part === 'fin' && n === undefined) return { guideId, screen: 'end' };
  const step = Number(n);
  if (part === 'etape' && Number.isInteger(step) && step >= 1) return { guideId, screen: 'step', step };
  return undefined;
}

/** Applies one move of the resident to the guide session, recording the events it makes. */
export function onPlace(place: GuidePlace | undefined): void {
  const session = guideSession.value;
  if (session && session.guideId !== place?.guideId) {
    if (!session.completed) recordKioskEvent('abandon', { guideId: session.guideId, step: session.lastStep });
    guideSession.value = undefined;
  }
  if (!place) return;
  let current = guideSession.value;
  if (!current) {
    current = { guideId: place.guideId, lastStep: 0, completed: false };
    recordKioskEvent('open', { guideId: place.guideId });
  }
  if (place.screen === 'step' && place.step > current.lastStep) {
    current = { ...current, lastStep: place.step };
    recordKioskEvent('step', { guideId: place.guideId, step: place.step });
  }
  if (place.screen === 'end' && !current.completed) {
    current = { ...current, completed: true };
    recordKioskEvent('complete', { guideId: place.guideId });
  }
  guideSession.value = current;
}

let installed = false;

export function installGuideSession(): void {
  if (installed) return;
  installed = true;
  effect(() => {
    const place = parseGuidePath(currentPath.value);
    untracked(() => onPlace(place));
  });
}
