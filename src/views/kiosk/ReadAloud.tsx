import { useEffect } from 'preact/hooks';
import { language, t } from '../../i18n';
import { recordKioskEvent } from '../../kiosk/events';
import { speak, speaking, stopSpeaking, voiceFor, voices } from '../../platform/speech';

/**
 * "Écouter l'étape": reads `text` in the screen's language. With no voice for that language on the
 * tablet, the button is hidden and a sentence says so.
 */
export function ReadAloud({ text, guideId, step }: { text: string; guideId?: string; step?: number }) {
  const lang = language.value;
  voices.value; // re-render when the voices arrive
  const voice = voiceFor(lang);
  // A new step, a new language or leaving the screen stops the reading.
  useEffect(() => () => stopSpeaking(), [text, lang]);
  if (!voice) {
    return (
      <p class="kiosk-read-aloud-none" data-testid="read-aloud-unavailable">
        {t('kiosk.read.noVoice')}
      </p>
    );
  }
  if (speaking.value) {
    return (
      <button type="button" class="button kiosk-read-aloud" onClick={stopSpeaking}>
        <SpeakerIcon />
        {t('kiosk.read.stop')}
      </button>
    );
  }
  return (
    <button
      type="button"
      class="button kiosk-read-aloud"
      onClick={() => {
        if (speak(text, lang)) recordKioskEvent('read_aloud', { guideId, step });
      }}
    >
      <SpeakerIcon />
      {t('kiosk.read.button')}
    </button>
  );
}

function SpeakerIcon() {
  return (
    <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
      <path d="M3 9h4l5-4v14l-5-4H3z" fill="currentColor" />
      <path d="M16 8a5 5 0 0 1 0 8M19 5a9 9 0 0 1 0 14" fill="none" stroke="currentColor" stroke-width="2" />
    </svg>
  );
}
