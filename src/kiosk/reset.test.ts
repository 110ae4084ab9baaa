// @vitest-environment happy-dom
// The kiosk reset leaves nothing of the last resident (DESIGN.md: kiosk mode "resets itself"):
// every piece of kiosk state is left as a resident would leave it, then one reset must clear each
// of them — the questionnaire in progress included — and the kiosk is pristine again. Each piece
// alone is enough to make the kiosk not pristine, so the inactivity question is still asked.
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { currentPath, navigate } from '../app/router';
import { language, setLanguage } from '../i18n';
import { speaking } from '../platform/speech';
import { installKioskHistory, kioskHistoryDirty } from './history';
import { KIOSK_HOME } from './mode';
import { clearKioskState, kioskIsPristine, resetKiosk } from './reset';
import {
  exitDialogOpen,
  helpOpen,
  idlePromptOpen,
  logoutScreenOpen,
  openTermId,
  searchText,
  surveyDraft,
} from './state';
import { setTextScale, textScale } from './text-scale';

const GUIDE_STEP = '/borne/guide/caf-attestation/etape/2';

/** What a resident can leave behind, each on its own. */
const LEFT_BEHIND: Record<string, () => void> = {
  'a search': () => {
    searchText.value = 'caf';
  },
  'a word of the glossary open': () => {
    openTermId.value = 'identifiant';
  },
  'a questionnaire half answered': () => {
    surveyDraft.value = { guideId: 'caf-attestation', index: 2, answers: { nom_clair: 4, utile: 5 } };
  },
  'the screen in Arabic': () => setLanguage('ar'),
  'text at 200 %': () => setTextScale(2),
  'a guide open at step 2': () => navigate(GUIDE_STEP),
};

function expectNothingLeft() {
  expect(currentPath.value).toBe(KIOSK_HOME);
  expect(location.pathname).toBe(KIOSK_HOME);
  expect(searchText.value).toBe('');
  expect(openTermId.value).toBeUndefined();
  expect(surveyDraft.value).toBeUndefined();
  expect(idlePromptOpen.value).toBe(false);
  expect(exitDialogOpen.value).toBe(false);
  expect(logoutScreenOpen.value).toBe(false);
  expect(helpOpen.value).toBe(false);
  expect(speaking.value).toBe(false);
  expect(language.value).toBe('fr');
  expect(document.documentElement.lang).toBe('fr');
  expect(document.documentElement.dir).toBe('ltr');
  expect(textScale.value).toBe(1);
  expect(document.documentElement.style.getPropertyValue('--text-scale')).toBe('1');
  expect(kioskHistoryDirty()).toBe(false);
  expect(kioskIsPristine(currentPath.value)).toBe(true);
}

describe('the kiosk reset', () => {
  beforeEach(async () => {
    installKioskHistory();
    await resetKiosk();
  });

  it('clears every piece of kiosk state at once, the questionnaire in progress included', async () => {
    for (const leave of Object.values(LEFT_BEHIND)) leave();
    idlePromptOpen.value = true;
    exitDialogOpen.value = true;
    logoutScreenOpen.value = true;
    helpOpen.value = true;
    speaking.value = true;
    const input = document.createElement('input');
    document.body.append(input);
    input.focus();
    expect(document.activeElement).toBe(input);

    await resetKiosk();
    expectNothingLeft();
    expect(document.activeElement).not.toBe(input);
  });

  for (const [what, leave] of Object.entries(LEFT_BEHIND)) {
    it(`${what}, alone, makes the kiosk not pristine until the reset`, async () => {
      expect(kioskIsPristine(currentPath.value)).toBe(true);
      leave();
      expect(kioskIsPristine(currentPath.value)).toBe(false);
      await resetKiosk();
      expectNothingLeft();
    });
  }

  it('replaces the page in the history instead of adding one: « back » never returns to the resident’s guide', async () => {
    navigate(GUIDE_STEP);
    const length = history.length;
    await resetKiosk();
    expect(history.length).toBe(length);
    expect(location.pathname).toBe(KIOSK_HOME);
  });

  it('is not pristine away from the home, even with nothing else left', async () => {
    expect(kioskIsPristine(KIOSK_HOME)).toBe(true);
    expect(kioskIsPristine('/borne/guides')).toBe(false);
  });

  it('staff leaving kiosk mode clear the same state, without moving the screen', () => {
    navigate('/equipe');
    surveyDraft.value = { guideId: undefined, index: 0, answers: { utile: 3 } };
    searchText.value = 'impôts';
    setLanguage('en');
    setTextScale(1.5);
    clearKioskState();
    expect(currentPath.value).toBe('/equipe');
    expect(surveyDraft.value).toBeUndefined();
    expect(searchText.value).toBe('');
    expect(language.value).toBe('fr');
    expect(textScale.value).toBe(1);
  });
});
