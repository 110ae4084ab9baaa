// The kiosk reset (inactivity, or the next resident): everything the last person did is cleared —
// screen, history, search text, open guide, dialogs, questionnaire, language, text size, and the
// official site's window (closed; a failure is said at the home) — and a newly installed content
// bundle is taken now, when no guide is open.
import { navigate } from '../app/router';
import { deviceSettings } from '../device/settings-store';
import { setLanguage } from '../i18n';
import { stopSpeaking } from '../platform/speech';
import { adoptLatestContent } from './content';
import { kioskHistoryDirty, stamp, startNewKioskGeneration } from './history';
import { KIOSK_HOME } from './mode';
import { closeOfficialSite, lastSiteClose } from './official-window';
import {
  exitDialogOpen,
  helpAskedAt,
  helpOpen,
  idlePromptAt,
  idlePromptOpen,
  logoutScreenOpen,
  openTermId,
  searchText,
  surveyDraft,
} from './state';
import { setTextScale } from './text-scale';

/** Clears what the resident left in memory (also used when staff leave kiosk mode). */
export function clearKioskState(): void {
  stopSpeaking();
  idlePromptOpen.value = false;
  idlePromptAt.value = undefined;
  helpOpen.value = false;
  helpAskedAt.clear();
  logoutScreenOpen.value = false;
  exitDialogOpen.value = false;
  openTermId.value = undefined;
  surveyDraft.value = undefined;
  searchText.value = '';
  setLanguage(deviceSettings.value.defaultLanguage);
  setTextScale(1);
}

export async function resetKiosk(): Promise<void> {
  // The site window first: whatever happens next, the reset never waits more than a second for it.
  const closing = closeOfficialSite();
  // Back to the home first: leaving a guide records its "abandon" in the resident's language.
  startNewKioskGeneration();
  navigate(KIOSK_HOME, { replace: true });
  stamp();
  clearKioskState();
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  lastSiteClose.value = await closing;
  await adoptLatestContent();
}

/** True when a reset would change nothing (no need to ask "Vous êtes toujours là ?"). */
export function kioskIsPristine(path: string): boolean {
  return (
    path === KIOSK_HOME &&
    !kioskHistoryDirty() &&
    searchText.value === '' &&
    openTermId.value === undefined &&
    !helpOpen.value &&
    surveyDraft.value === undefined &&
    document.documentElement.lang === deviceSettings.value.defaultLanguage &&
    (document.documentElement.style.getPropertyValue('--text-scale') || '1') === '1'
  );
}
