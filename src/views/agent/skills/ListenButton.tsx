// « Écouter » for one passport item or one feedback sentence, in the page's language, through the
// shared speech module. Its name says what it reads, so fourteen of them are told apart. Without
// a voice for the language there is no button (the words stay on screen).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../../i18n';
import { speak, speaking, stopSpeaking, voiceFor, voices, watchVoices } from '../../../platform/speech';
import type { Language } from '../../../shared/taxonomy';
import { Picto } from '../icons';

export function ListenButton({ text, lang, label }: { text: string; lang: Language; label: string }) {
  const [mine, setMine] = useState(false);
  useEffect(() => {
    watchVoices();
    return () => stopSpeaking();
  }, []);
  void voices.value; // re-render when the voices arrive
  if (!voiceFor(lang)) return null;
  const reading = mine && speaking.value;
  return (
    <button
      type="button"
      class="button skills-listen"
      aria-pressed={reading}
      aria-label={`${t(reading ? 'skills.listenStop' : 'skills.listen')} : ${label}`}
      onClick={() => {
        if (reading) return stopSpeaking();
        setMine(true);
        speak(text, lang);
      }}
    >
      <Picto name="speaker" size={24} />
      {t(reading ? 'skills.listenStop' : 'skills.listen')}
    </button>
  );
}
