// Every UI string goes through t(). French first; English and Arabic have the same keys.
import { signal } from '@preact/signals';
import type { Language } from '../shared/taxonomy';
import type { agent } from './messages/agent';
import { common } from './messages/common';
import type { field } from './messages/field';
import { guides } from './messages/guides';
import { home } from './messages/home';
import { itinerance } from './messages/itinerance';
import { kiosk } from './messages/kiosk';
import { kioskVisit } from './messages/kiosk-visit';
import { settings } from './messages/settings';
import type { setup } from './messages/setup';
import type { skills } from './messages/skills';
import type { sync } from './messages/sync';

// The areas every screen may need, kiosk included. The team space's catalogues (agent, setup,
// sync, skills, field: more than half the words) are not here: i18n/team.ts adds them, and it is
// imported by the team screens' code, so they load with those screens and never on the kiosk's
// cold start. Their keys are still typed here.
const KIOSK_AND_COMMON = [common, home, kiosk, settings, itinerance, guides, kioskVisit];
type TeamAreas = typeof agent | typeof setup | typeof sync | typeof skills | typeof field;

type Area = Record<Language, Record<string, string>>;
type Merge<T> = T extends Record<Language, Record<infer K, string>> ? K : never;
export type MessageKey = Merge<(typeof KIOSK_AND_COMMON)[number] | TeamAreas>;

const AREAS: Area[] = [...KIOSK_AND_COMMON];

// Each language's catalogue is merged when first asked for: a start in French never pays for the
// other two (thousands of keys, on the kiosk's cold start).
const catalogues: Partial<Record<Language, Record<string, string>>> = {};
function catalogue(lang: Language): Record<string, string> {
  let merged = catalogues[lang];
  if (!merged) {
    merged = Object.assign({}, ...AREAS.map((area) => area[lang])) as Record<string, string>;
    catalogues[lang] = merged;
  }
  return merged;
}

/** Adds areas loaded with the screens that use them (i18n/team.ts); a language already merged
 *  takes them at once, the others when first used. */
export function addMessages(...areas: Area[]): void {
  for (const area of areas) {
    if (AREAS.includes(area)) continue;
    AREAS.push(area);
    for (const lang of Object.keys(catalogues) as Language[]) Object.assign(catalogues[lang]!, area[lang]);
  }
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
