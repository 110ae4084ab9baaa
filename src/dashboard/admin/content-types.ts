// Content shapes the administration edits (src/shared/content.ts, without its valibot weight).
import type { Guide } from '../../shared/content';
import type { Language } from '../../shared/taxonomy';

export type { Guide };
export type Localized = Record<Language, string>;

export interface GuideListItem {
  id: string;
  institution: string;
  title: Localized;
  version: number;
  hasDraft: boolean;
  /** When the guide's facts were last checked (YYYY-MM-DD), null when not known. */
  verifiedOn?: string | null;
}

export interface GlossaryItem {
  id: string;
  term: Localized;
  definition: Localized;
  draft: 'new' | 'changed' | 'deleted' | null;
}

export const LANGS: Language[] = ['fr', 'en', 'ar'];
export const dirOf = (l: Language) => (l === 'ar' ? 'rtl' : 'ltr');
