// A small path router: the current path is a signal; links and code call navigate().
// Paths (not hashes) so that every tablet URL is a real URL the service worker can serve offline.
import { signal } from '@preact/signals';

export const currentPath = signal(typeof location === 'undefined' ? '/' : location.pathname);

/** Guards run before every navigation and may redirect (kiosk mode keeps the resident inside). */
type Guard = (to: string) => string;
const guards: Guard[] = [];

export function addRouteGuard(guard: Guard): () => void {
  guards.push(guard);
  return () => guards.splice(guards.indexOf(guard), 1);
}

function guarded(to: string): string {
  return guards.reduce((path, guard) => guard(path), to);
}

export function navigate(to: string, opts: { replace?: boolean } = {}): void {
  const target = guarded(to);
  if (target === location.pathname) {
    currentPath.value = target;
    return;
  }
  if (opts.replace) history.replaceState(null, '', target);
  else history.pushState(null, '', target);
  currentPath.value = target;
  window.scrollTo(0, 0);
}

export function startRouter(): void {
  const initial = guarded(location.pathname);
  if (initial !== location.pathname) history.replaceState(null, '', initial);
  currentPath.value = initial;
  // Back/forward buttons pass through the guards too: kiosk mode cannot be left by "back".
  window.addEventListener('popstate', () => {
    const target = guarded(location.pathname);
    if (target !== location.pathname) history.replaceState(null, '', target);
    currentPath.value = target;
  });
}

/** True when `path` is `prefix` or below it. */
export function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}
