// After a kiosk reset, the back button must not lead to the previous resident's guide. The
// browser's history cannot be erased, so each kiosk history entry is stamped with the kiosk
// "generation" it belongs to; a reset starts a new generation, and going back to an entry of an
// older one lands on the kiosk home instead.
import { effect } from '@preact/signals';
import { addRouteGuard, currentPath, under } from '../app/router';
import { KIOSK_HOME } from './mode';

const KEY = 'kiosk:generation';

/** Kept per tab (sessionStorage), like the history itself, so a reload does not reopen old entries. */
function readGeneration(): number {
  const n = Number(sessionStorage.getItem(KEY));
  return Number.isInteger(n) && n > 0 ? n : 1;
}

let generation = 0;
/** Some kiosk screen other than the home was shown since the last reset (its entry is in history). */
let movedSinceReset = false;

export function kioskHistoryDirty(): boolean {
  return movedSinceReset;
}

function entryGeneration(): number | undefined {
  const state = history.state as { kioskGeneration?: unknown } | null;
  return typeof state?.kioskGeneration === 'number' ? state.kioskGeneration : undefined;
}

/** Marks the current kiosk entry as belonging to the current generation. */
export function stamp(): void {
  if (under(location.pathname, KIOSK_HOME) && location.pathname !== KIOSK_HOME) movedSinceReset = true;
  if (!under(location.pathname, KIOSK_HOME) || entryGeneration() === generation) return;
  history.replaceState({ ...(history.state ?? {}), kioskGeneration: generation }, '', location.href);
}

let installed = false;

/** Installed once, when the kiosk code first loads. */
export function installKioskHistory(): void {
  if (installed) return;
  installed = true;
  generation = readGeneration();
  // The guard sees the entry being left (navigate) or the one arrived at (back/forward): an entry of
  // an older generation is only ever the latter, since the current entry is always stamped.
  addRouteGuard((to) => {
    const gen = entryGeneration();
    return under(to, KIOSK_HOME) && gen !== undefined && gen < generation ? KIOSK_HOME : to;
  });
  effect(() => {
    currentPath.value;
    stamp();
  });
  // After the router's own popstate handler (registered first), stamp the entry we arrived at.
  window.addEventListener('popstate', stamp);
}

/** A reset: every kiosk entry in the history so far now leads to the kiosk home. */
export function startNewKioskGeneration(): void {
  generation += 1;
  movedSinceReset = false;
  sessionStorage.setItem(KEY, String(generation));
}
