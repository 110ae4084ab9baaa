// Content shapes the administration edits: the model of src/shared/content.ts and the API's answers
// of src/shared/dashboard-api/content.ts, with the pages' language helpers.
import type { Guide } from '../../shared/content';
import type { Language } from '../../shared/taxonomy';

export type { GlossaryItem, GuideListItem } from '../../shared/dashboard-api/content';
export type { Guide };
export type Localized = Record<Language, string>;

export const LANGS: Language[] = ['fr', 'en', 'ar'];
export const dirOf = (l: Language) => (l === 'ar' ? 'rtl' : 'ltr');
