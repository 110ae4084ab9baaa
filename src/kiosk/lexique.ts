// The lexique's search and A–Z index: words grouped by their first letter in the screen's
// language (accents set aside, so « É » sits under E; Arabic letter variants under one letter),
// and a filter on the word and its definition, accent- and case-insensitive.
import { foldText } from '../content/text-fold';
import type { GlossaryTerm } from '../shared/content';
import type { Language } from '../shared/taxonomy';

export interface LetterGroup {
  letter: string;
  terms: GlossaryTerm[];
}

export function firstLetter(word: string): string {
  const folded = foldText(word.trim());
  const ch = [...folded].find((c) => /\p{L}|\p{N}/u.test(c)) ?? '#';
  return /\p{N}/u.test(ch) ? '#' : ch.toLocaleUpperCase();
}

export function groupByLetter(terms: readonly GlossaryTerm[], lang: Language, locale: string): LetterGroup[] {
  const collator = new Intl.Collator(locale);
  const sorted = [...terms].sort((a, b) => collator.compare(a.term[lang], b.term[lang]));
  const groups = new Map<string, GlossaryTerm[]>();
  for (const term of sorted) {
    const letter = firstLetter(term.term[lang]);
    groups.set(letter, [...(groups.get(letter) ?? []), term]);
  }
  return [...groups]
    .map(([letter, list]) => ({ letter, terms: list }))
    .sort((a, b) => collator.compare(a.letter, b.letter));
}

/** Words whose term or definition holds every typed word (in the screen's language). */
export function filterTerms(terms: readonly GlossaryTerm[], query: string, lang: Language): GlossaryTerm[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [...terms];
  return terms.filter((term) => {
    const hay = foldText(`${term.term[lang]} ${term.definition[lang]}`);
    return words.every((w) => hay.includes(w));
  });
}
