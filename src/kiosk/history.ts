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

/** 0 until first needed (read from sessionStorage then). */
let generation = 0;
function currentGeneration(): number {
  if (generation === 0) generation = readGeneration();
  return generation;
}
/** Some kiosk screen other than the home was shown since the last reset (its entry is in history). */
let movedSinceReset = false;

export function kioskHistoryDirty(): boolean {
  return movedSinceReset;
}

function entryGeneration(): number | undefined {
  const state = history.state as { kioskGeneration?: unknown } | null;
  return typeof state?.kioskGeneration === 'number' ? state.kioskGeneration : undefined;
}

/**
 * Marks the current kiosk entry as belonging to the current generation. The home itself is never
 * stamped: going back to it is always allowed, and leaving it unstamped spares the cold start a
 * history write and a session storage read.
 */
export function stamp(): void {
  if (!under(location.pathname, KIOSK_HOME) || location.pathname === KIOSK_HOME) return;
  movedSinceReset = true;
  if (entryGeneration() === currentGeneration()) return;
  history.replaceState({ ...(history.state ?? {}), kioskGeneration: currentGeneration() }, '', location.href);
}

let installed = false;

/** Installed once, when the kiosk code first loads. */
export function installKioskHistory(): void {
  if (installed) return;
  installed = true;
  // The guard sees the entry being left (navigate) or the one arrived at (back/forward): an entry of
  // an older generation is only ever the latter, since every entry but the home is stamped when shown.
  addRouteGuard((to) => {
    const gen = entryGeneration();
    return under(to, KIOSK_HOME) && gen !== undefined && gen < currentGeneration() ? KIOSK_HOME : to;
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
  generation = currentGeneration() + 1;
  movedSinceReset = false;
  sessionStorage.setItem(KEY, String(generation));
}
