// Reads a text aloud with the device's voices (speechSynthesis), in the text's language. When the
// device has no voice for it, the button is replaced by a sentence saying so.
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n';
import { Picto } from '../icons';

function voiceFor(lang: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  const base = lang.slice(0, 2).toLowerCase();
  return speechSynthesis.getVoices().find((v) => v.lang.toLowerCase().startsWith(base));
}

export function ReadAloud({ text, lang }: { text: string; lang: string }) {
  const [voice, setVoice] = useState(() => voiceFor(lang));
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => {
    setVoice(voiceFor(lang));
    if (typeof speechSynthesis === 'undefined') return;
    // Voices often arrive after the first call.
    const onVoices = () => setVoice(voiceFor(lang));
    speechSynthesis.addEventListener('voiceschanged', onVoices);
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', onVoices);
      speechSynthesis.cancel();
    };
  }, [lang]);

  if (!voice)
    return (
      <p class="team-notice" data-testid="no-voice">
        {t('agent.contact.noVoice')}
      </p>
    );

  function toggle() {
    if (speaking) {
      speechSynthesis.cancel();
      setSpeaking(false);
      return;
    }
    const u = new SpeechSynthesisUtterance(text);
    u.lang = voice!.lang;
    u.voice = voice!;
    u.onend = () => setSpeaking(false);
    u.onerror = () => setSpeaking(false);
    speechSynthesis.speak(u);
    setSpeaking(true);
  }

  return (
    <button type="button" class="button" onClick={toggle} aria-pressed={speaking}>
      <Picto name="speaker" size={24} />
      {t(speaking ? 'agent.contact.stopReading' : 'agent.contact.readAloud')}
    </button>
  );
}
