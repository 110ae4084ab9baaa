import { useEffect } from 'preact/hooks';
import { language, t } from '../../i18n';
import { recordKioskEvent } from '../../kiosk/events';
import { speak, speaking, stopSpeaking, voiceFor, voices } from '../../platform/speech';

/**
 * « Écouter »: reads `text` in the screen's language. With no voice for that language on the
 * tablet, the button is hidden and a sentence says so (`small` buttons, repeated down a list, say
 * nothing then: the screen's own button already did). `about` names what is read (hidden, so
 * that ten « Écouter » buttons of a list each have their own name).
 */
export function ReadAloud(props: {
  text: string;
  guideId?: string;
  step?: number;
  label?: string;
  about?: string;
  small?: boolean;
}) {
  const { text, guideId, step, small } = props;
  const lang = language.value;
  voices.value; // re-render when the voices arrive
  const voice = voiceFor(lang);
  // A new step, a new language or leaving the screen stops the reading.
  useEffect(() => () => stopSpeaking(), [text, lang]);
  if (!voice) {
    if (small) return null;
    return (
      <p class="kiosk-read-aloud-none" data-testid="read-aloud-unavailable">
        {t('kiosk.read.noVoice')}
      </p>
    );
  }
  const cls = `button kiosk-read-aloud ${small ? 'kiosk-read-aloud-small' : 'kiosk-read-aloud-big'}`;
  const about = props.about ? <span class="visually-hidden"> {props.about}</span> : null;
  if (speaking.value) {
    return (
      <button type="button" class={cls} onClick={stopSpeaking}>
        <SpeakerIcon />
        {t('kiosk.read.stop')}
        {about}
      </button>
    );
  }
  return (
    <button
      type="button"
      class={cls}
      onClick={() => {
        if (speak(text, lang)) recordKioskEvent('read_aloud', { guideId, step });
      }}
    >
      <SpeakerIcon />
      {props.label ?? t('kiosk.read.button')}
      {about}
    </button>
  );
}

function SpeakerIcon() {
  return (
    <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" class="kiosk-icon">
      <path d="M3 9h4l5-4v14l-5-4H3z" fill="currentColor" />
      <path d="M16 8a5 5 0 0 1 0 8M19 5a9 9 0 0 1 0 14" fill="none" stroke="currentColor" stroke-width="2" />
    </svg>
  );
}
