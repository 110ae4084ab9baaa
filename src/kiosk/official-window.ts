// Official sites (caf.fr, impots.gouv.fr…) open in one named window whose handle the kiosk keeps,
// so that "J'ai fini", the idle prompt and the reset can close it for the next resident. What this
// cannot do (another site's cookies, a site that cuts the link to its opener) is in
// docs/kiosk-deployment.md.
import { signal } from '@preact/signals';

/** One name: a second site opened from the kiosk replaces the first in the same window. */
export const OFFICIAL_WINDOW_NAME = 'borne-site-officiel';

/** What the kiosk knows of the site window since the last reset. */
export type SiteWindowState = 'none' | 'open' | 'lost';

/** After a reset: how closing the site window went ('failed' and 'lost' are told on screen). */
export type SiteCloseResult = 'none' | 'closed' | 'failed' | 'lost';

type Opener = (url: string, name: string) => Window | null;

let handle: Window | null = null;
/** Bumped when a site window is opened or closed, so screens re-read siteWindowState(). */
export const siteWindowVersion = signal(0);
/** The outcome of the last reset's attempt, shown at the kiosk home until the next reset. */
export const lastSiteClose = signal<SiteCloseResult>('none');

/**
 * Opens `url` in the named window and keeps its handle. The window keeps its link to the kiosk
 * (no `noopener`): without it Chromium refuses `close()` from the kiosk. Returns false when the
 * browser blocked the window.
 */
export function openOfficialSite(url: string, open: Opener = (u, n) => window.open(u, n)): boolean {
  const w = open(url, OFFICIAL_WINDOW_NAME);
  if (!w) return false;
  handle = w;
  siteWindowVersion.value++;
  return true;
}

/**
 * 'open': the kiosk holds a live handle. 'lost': a site was opened but the handle reports it
 * closed — the resident closed it, or the site cut the link (Cross-Origin-Opener-Policy), and the
 * kiosk cannot tell which. 'none': no site opened since the last reset.
 */
export function siteWindowState(): SiteWindowState {
  if (!handle) return 'none';
  return handle.closed ? 'lost' : 'open';
}

/** Brings the site window to the front (to log out there). */
export function focusOfficialSite(): void {
  if (handle && !handle.closed) handle.focus();
}

const CLOSE_WAIT_MS = 1000;

/** Closes the site window if one was opened; never throws, never waits more than a second. */
export async function closeOfficialSite(wait = CLOSE_WAIT_MS): Promise<SiteCloseResult> {
  const w = handle;
  handle = null;
  siteWindowVersion.value++;
  if (!w) return 'none';
  if (w.closed) return 'lost';
  try {
    w.close();
  } catch {
    return 'failed';
  }
  // Counted in steps of 50 ms, not read from a clock: a test's frozen clock must not hold it here.
  for (let waited = 0; !w.closed && waited < wait; waited += 50) await new Promise((r) => setTimeout(r, 50));
  return w.closed ? 'closed' : 'failed';
}
