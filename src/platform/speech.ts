// Read-aloud with the browser's speech synthesis, in the current language. Where the tablet has no
// voice for a language, the views hide the button and say so (a wrong-language voice would read
// Arabic or English with French sounds, which helps nobody).
import { signal } from '@preact/signals';
import type { Language } from '../shared/taxonomy';

export const voices = signal<SpeechSynthesisVoice[]>([]);
export const speaking = signal(false);

function synth(): SpeechSynthesis | undefined {
  return typeof speechSynthesis === 'undefined' ? undefined : speechSynthesis;
}

let watching = false;

/** Voices often arrive after the page loads (the `voiceschanged` event). */
export function watchVoices(): void {
  const s = synth();
  if (!s || watching) return;
  watching = true;
  const load = () => {
    voices.value = s.getVoices();
  };
  load();
  s.addEventListener?.('voiceschanged', load);
}

/** A voice whose language starts with `lang` (fr, en, ar); the tablet's default one first. */
export function voiceFor(lang: Language, list: SpeechSynthesisVoice[] = voices.value) {
  const matching = list.filter((v) => v.lang.toLowerCase().replace('_', '-').startsWith(lang));
  return matching.find((v) => v.default) ?? matching.find((v) => v.localService) ?? matching[0];
}

export function speak(text: string, lang: Language): boolean {
  const s = synth();
  const voice = voiceFor(lang);
  if (!s || !voice) return false;
  s.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  utterance.rate = 0.9; // a little slower than default: easier to follow for a beginner
  utterance.onend = utterance.onerror = () => {
    speaking.value = false;
  };
  speaking.value = true;
  s.speak(utterance);
  return true;
}

export function stopSpeaking(): void {
  synth()?.cancel();
  speaking.value = false;
}
