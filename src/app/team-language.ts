// The worker's language (issue 16 point 9): a language chosen in the team space is the team
// space's from then on, across reloads and app updates (localStorage survives both; a wipe of the
// tablet clears it), while the kiosk always starts in the tablet's default language for the next
// resident. Only a tap on the language switch inside the team space is remembered, never a reset.
import { effect } from '@preact/signals';
import { deviceSettings } from '../device/settings-store';
import { setLanguage } from '../i18n';
import { LANGUAGES, type Language } from '../shared/taxonomy';
import { currentPath, under } from './router';

const KEY = 'borne:team-language';
const TEAM = '/equipe';

function saved(): Language | undefined {
  try {
    const value = localStorage.getItem(KEY);
    return LANGUAGES.find((l) => l === value);
  } catch {
    return undefined; // storage refused (private mode): the default language, as before
  }
}

/** A language picked on the language switch: remembered when it was picked in the team space. */
export function rememberLanguageChoice(lang: Language): void {
  if (!under(currentPath.value, TEAM)) return;
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Nothing to do: the choice holds until the next reload.
  }
}

/** The team space's language now (on entering it, or after the kiosk cleared the resident's). */
export function applyTeamLanguage(): void {
  setLanguage(saved() ?? deviceSettings.value.defaultLanguage);
}

/** Entering the team space takes the worker's language; entering the kiosk, the tablet's default. */
export function watchLanguageByArea(): void {
  let area: 'team' | 'kiosk' | 'other' | undefined;
  effect(() => {
    const path = currentPath.value;
    const now = under(path, TEAM) ? 'team' : under(path, '/borne') ? 'kiosk' : 'other';
    if (now !== area) {
      if (now === 'team') applyTeamLanguage();
      else if (now === 'kiosk') setLanguage(deviceSettings.value.defaultLanguage);
    }
    area = now;
  });
}
