// Reads the consent text aloud with the device's voices, in the resident's language, through the
// same speech module as the kiosk. When the device has no voice for it, the button is replaced by
// a sentence saying so.
import { useEffect } from 'preact/hooks';
import { t } from '../../../i18n';
import { speak, speaking, stopSpeaking, voiceFor, voices, watchVoices } from '../../../platform/speech';
import type { Language } from '../../../shared/taxonomy';
import { Picto } from '../icons';

export function ReadAloud({ text, lang }: { text: string; lang: Language }) {
  useEffect(() => {
    watchVoices();
    return stopSpeaking;
  }, []);
  void voices.value; // re-render when the voices arrive
  if (!voiceFor(lang))
    return (
      <p class="team-notice" data-testid="no-voice">
        {t('agent.contact.noVoice')}
      </p>
    );
  const reading = speaking.value;
  return (
    <button
      type="button"
      class="button"
      onClick={() => (reading ? stopSpeaking() : speak(text, lang))}
      aria-pressed={reading}
    >
      <Picto name="speaker" size={24} />
      {t(reading ? 'agent.contact.stopReading' : 'agent.contact.readAloud')}
    </button>
  );
}
