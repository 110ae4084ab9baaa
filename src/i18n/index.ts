// Every UI string goes through t(). French first; English and Arabic have the same keys.
import { signal } from '@preact/signals';
import type { Language } from '../shared/taxonomy';
import { agent } from './messages/agent';
import { common } from './messages/common';
import { field } from './messages/field';
import { guides } from './messages/guides';
import { home } from './messages/home';
import { itinerance } from './messages/itinerance';
import { kiosk } from './messages/kiosk';
import { kioskVisit } from './messages/kiosk-visit';
import { settings } from './messages/settings';
import { setup } from './messages/setup';
import { skills } from './messages/skills';
import { sync } from './messages/sync';

const AREAS = [
  common,
  home,
  kiosk,
  agent,
  setup,
  sync,
  settings,
  skills,
  itinerance,
  guides,
  kioskVisit,
  field,
];

type Merge<T> = T extends Record<Language, Record<infer K, string>> ? K : never;
export type MessageKey = Merge<(typeof AREAS)[number]>;

// Each language's catalogue is merged when first asked for: a start in French never pays for the
// other two (thousands of keys, on the kiosk's cold start).
const catalogues: Partial<Record<Language, Record<MessageKey, string>>> = {};
function catalogue(lang: Language): Record<MessageKey, string> {
  let merged = catalogues[lang];
  if (!merged) {
    merged = Object.assign({}, ...AREAS.map((area) => area[lang])) as Record<MessageKey, string>;
    catalogues[lang] = merged;
  }
  return merged;
}

export const DEFAULT_LANGUAGE: Language = 'fr';
export const language = signal<Language>(DEFAULT_LANGUAGE);

/** The text for `key` in the current language; `{name}` placeholders are replaced from `params`. */
export function t(
  key: MessageKey,
  params?: Record<string, string | number>,
  lang: Language = language.value,
): string {
  let text = catalogue(lang)[key] ?? catalogue('fr')[key] ?? key;
  if (params) {
    for (const [name, value] of Object.entries(params)) text = text.replaceAll(`{${name}}`, String(value));
  }
  return text;
}

/** Applies the language to the document: `lang`, and `dir="rtl"` in Arabic. */
export function setLanguage(lang: Language): void {
  language.value = lang;
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date formatter for the current language, made once per language and options (lists
 *  format every row on each live update). */
export function dateFormatter(
  options: Intl.DateTimeFormatOptions,
  lang: Language = language.value,
): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE_TAGS[lang], options);
    formatters.set(key, f);
  }
  return f;
}

/** BCP 47 tag for speech synthesis and number/date formatting. */
export const LOCALE_TAGS: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB', ar: 'ar' };
