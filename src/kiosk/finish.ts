// The end of a resident's visit, however it comes — « J'ai fini », « Recommencer maintenant » or the
// idle reset: with an official site still open, the logout screen comes first (« Déconnectez-vous
// du site, puis fermez-le »); then the site window is closed and the kiosk reset.
import { siteWindowState } from './official-window';
import { resetKiosk } from './reset';
import { logoutScreenOpen } from './state';

/** « J'ai fini »: the logout screen if a site is open, otherwise the reset at once. */
export function finishVisit(): void {
  if (siteWindowState() === 'open') {
    logoutScreenOpen.value = true;
    return;
  }
  void resetKiosk();
}

/** The resident has logged out (or skips it): close the site and reset for the next person. */
export function closeSiteAndReset(): void {
  logoutScreenOpen.value = false;
  void resetKiosk();
}
