// The dashboard's own t(): reads only the dashboard's catalogues (src/dashboard/messages), so nothing of the tablet's
// catalogue (src/i18n/index.ts) is pulled in, and nothing of this reaches the tablet bundle.
import { signal } from '@preact/signals';
import { idLabel, type LabelGroup } from '../shared/labels';
import { cellText, type PeopleCell } from '../shared/small-cells';
import type { Language } from '../shared/taxonomy';
import { coordination } from './messages';

export type CoordKey = keyof (typeof coordination)['fr'];

const STORAGE_KEY = 'borne.dashboard.lang';
const TAGS: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB', ar: 'ar' };

function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    if (value === 'en' || value === 'ar') return value;
  } catch {
    // Storage may be blocked: French is the default anyway.
  }
  return 'fr';
}

export const lang = signal<Language>(storedLanguage());

/** The text for `key` in the current language; `{name}` placeholders are replaced from `params`. */
export function t(key: CoordKey, params?: Record<string, string | number>): string {
  let text: string = coordination[lang.value][key] ?? coordination.fr[key] ?? key;
  if (params) {
    for (const [name, value] of Object.entries(params)) text = text.replaceAll(`{${name}}`, String(value));
  }
  return text;
}

/** The dashboard's names for the catalogue's groups (src/shared/labels), kept short in pages. */
const GROUPS: Record<string, LabelGroup> = {
  placeKind: 'placeKind',
  type: 'encounterType',
  sex: 'sex',
  ageBand: 'ageBand',
  euAge: 'euAgeBand',
  coopAge: 'coopAgeBand',
  social: 'socialStatus',
  ouiNon: 'yesNo',
  theme: 'theme',
  subTheme: 'subTheme',
  institution: 'institution',
  equipment: 'equipment',
  need: 'need',
  homeEquipment: 'homeEquipment',
  action: 'action',
  redirection: 'redirectionKind',
  autonomy: 'autonomy',
  review: 'reviewState',
  followStatus: 'followUpStatus',
  purpose: 'consentPurpose',
  channel: 'channel',
  language: 'language',
  statement: 'surveyStatement',
};

/**
 * The words for a taxonomy id in the dashboard: the funders' (official) wording of the one
 * catalogue, src/shared/labels. Groups the catalogue does not hold (entity, …) stay messages here.
 */
export function label(group: string, id: string): string {
  const shared = GROUPS[group];
  if (shared) return idLabel(shared, id, lang.value, 'official');
  const key = `coord.${group}.${id}` as CoordKey;
  return coordination[lang.value][key] ?? coordination.fr[key] ?? id;
}

export function applyLanguage(next: Language): void {
  lang.value = next;
  document.documentElement.lang = next;
  document.documentElement.dir = next === 'ar' ? 'rtl' : 'ltr';
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // Not kept across visits when storage is blocked; nothing else depends on it.
  }
}

export function formatNumber(n: number, digits = 0): string {
  return new Intl.NumberFormat(TAGS[lang.value], { maximumFractionDigits: digits }).format(n);
}

/** A count that passed the small-cell rule: the number, or « moins de 5 » in the page's language. */
export function formatCell(cell: PeopleCell): string {
  return cellText(cell, lang.value, (n) => formatNumber(n));
}

/** dd/mm/yyyy in French, the local form elsewhere; « date inconnue » for a value that is no date
 *  (a raw stored value means nothing to a person). */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return t('coord.none');
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return t('coord.dateUnknown');
  return d.toLocaleDateString(TAGS[lang.value], { timeZone: 'Europe/Paris' });
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return t('coord.none');
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return t('coord.dateUnknown');
  return d.toLocaleString(TAGS[lang.value], {
    timeZone: 'Europe/Paris',
    dateStyle: 'short',
    timeStyle: 'short',
  });
}
