// Speech synthesis for the kiosk specs: headless Chromium has no voices, so the page gets a
// synthesiser with the voices asked for, which records what it was asked to say (window.spoken).
import type { BrowserContext, Page } from '@playwright/test';

export async function installVoices(context: BrowserContext, langs: string[] = ['fr-FR', 'en-GB', 'ar']) {
  await context.addInitScript((tags: string[]) => {
    const spoken: { text: string; lang: string }[] = [];
    (window as unknown as { spoken: typeof spoken }).spoken = spoken;
    const voices = tags.map((lang, i) => ({
      name: `Voix ${lang}`,
      lang,
      default: i === 0,
      localService: true,
      voiceURI: lang,
    }));
    const synth = {
      speaking: false,
      getVoices: () => voices,
      speak(u: SpeechSynthesisUtterance) {
        spoken.push({ text: u.text, lang: u.lang });
        setTimeout(() => u.onend?.(new Event('end') as SpeechSynthesisEvent), 10);
      },
      cancel() {},
      addEventListener() {},
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
      text: string;
      lang = '';
      voice: unknown = null;
      rate = 1;
      onend: ((e: Event) => void) | null = null;
      onerror: ((e: Event) => void) | null = null;
      constructor(text: string) {
        this.text = text;
      }
    };
  }, langs);
}

export function spokenTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { spoken: { text: string }[] }).spoken.map((s) => s.text));
}
