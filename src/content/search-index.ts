// Offline guide search: one MiniSearch index per language, built from a content bundle, and a
// query expanded with content/synonyms.yaml. Pure logic (no DOM, no worker API): the search worker
// runs it, and unit tests call it directly with the real content.
import MiniSearch, { type SearchOptions } from 'minisearch';
import type { ContentBundle, Guide, Synonyms } from '../shared/content';
import { LANGUAGES, type Language } from '../shared/taxonomy';
import { foldTerm, foldWords } from './text-fold';

export interface SearchHit {
  id: string;
  score: number;
  /** true: one of the (at most 3) guides that match the need, shown first; false: under « Autres guides ». */
  best: boolean;
}

/** At most this many guides are shown first; the others are folded. */
export const MAX_BEST = 3;
/** A guide is shown first when its score is at least this share of the best score. */
const BEST_SHARE = 0.4;
/** Below this share of the best score a guide is dropped (it only mentions a word in passing). */
const KEEP_SHARE = 0.05;
/** At most this many other guides are listed under « Autres guides ». */
const MAX_OTHERS = 6;

/**
 * Cuts a list sorted best first: the guides close to the best one (at most MAX_BEST) are `best`,
 * a few weaker ones follow, and those that only mention a word in passing are dropped.
 */
export function rankWithCutoff(sorted: readonly { id: string; score: number }[]): SearchHit[] {
  const top = sorted[0]?.score ?? 0;
  if (top <= 0) return [];
  const hits: SearchHit[] = [];
  let others = 0;
  for (const hit of sorted) {
    if (hit.score < top * KEEP_SHARE) break;
    const best = hits.length < MAX_BEST && hits.every((h) => h.best) && hit.score >= top * BEST_SHARE;
    if (!best) {
      if (others >= MAX_OTHERS) break;
      others++;
    }
    hits.push({ id: hit.id, score: hit.score, best });
  }
  return hits;
}

interface GuideDocument {
  id: string;
  title: string;
  summary: string;
  keywords: string;
  steps: string;
  institution: string;
  /** French title and keywords in the English and Arabic indexes: residents type "caf" or
   *  "impots" whatever the screen language, and synonyms point at French words. */
  french: string;
}

const FIELDS = ['title', 'summary', 'keywords', 'steps', 'institution', 'french'] as const;

/** Titles and keywords say what a guide is about; steps mention many things in passing. */
const BOOST: Record<(typeof FIELDS)[number], number> = {
  title: 3,
  keywords: 3,
  institution: 2,
  french: 1.5,
  summary: 1,
  steps: 0.2,
};

/** Typos are tolerated in words of 5 letters or more: « scam » must not find « scan ». */
const typoTolerance = (term: string): number | false => (term.length <= 4 ? false : 0.2);
const TYPED_QUERY: SearchOptions = { fuzzy: typoTolerance, prefix: true, combineWith: 'OR', boost: BOOST };
/** Synonym expansions are curated words: every word must match, no typo tolerance needed. */
const EXPANSION_QUERY: SearchOptions = { fuzzy: false, prefix: true, combineWith: 'AND', boost: BOOST };
/** An expansion counts less than what the resident typed; a key of several words (« papier
 *  identité », « mot de passe oublié ») says more about the need, so it counts more. */
const EXPANSION_WEIGHT = 0.6;

function institutionWords(guide: Guide): string {
  return guide.institution.replace(/_/g, ' ');
}

function toDocument(guide: Guide, lang: Language): GuideDocument {
  return {
    id: guide.id,
    title: guide.title[lang],
    summary: guide.summary[lang],
    keywords: (guide.keywords?.[lang] ?? []).join(' '),
    steps: guide.steps.map((step) => step.text[lang]).join(' '),
    institution: institutionWords(guide),
    french: lang === 'fr' ? '' : `${guide.title.fr} ${(guide.keywords?.fr ?? []).join(' ')}`,
  };
}

/** A synonym entry with its key already cut into folded words. */
interface FoldedSynonym {
  words: string[];
  expansions: string[];
}

export interface GuideSearchIndex {
  search(query: string, lang: Language): SearchHit[];
}

/** Edit distance up to `max` (a small Levenshtein: keys and typed words are short). */
function withinDistance(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]! <= max;
}

/** Typos allowed when matching a typed word to a synonym key: none for short words. */
function allowedTypos(word: string): number {
  if (word.length < 4) return 0;
  return word.length < 8 ? 1 : 2;
}

/** Synonym entries whose key appears in the query (word by word, small typos tolerated). */
export function expandQuery(query: string, synonyms: readonly FoldedSynonym[]): string[] {
  return [...weightedExpansions(query, synonyms).keys()];
}

/** Expansions of the query with the number of words of the longest key that brought each one. */
export function weightedExpansions(query: string, synonyms: readonly FoldedSynonym[]): Map<string, number> {
  const typed = foldWords(query);
  const expansions = new Map<string, number>();
  for (const entry of synonyms) {
    const n = entry.words.length;
    for (let start = 0; start + n <= typed.length; start++) {
      const matches = entry.words.every((word, k) => {
        const candidate = typed[start + k]!;
        return candidate === word || withinDistance(candidate, word, allowedTypos(word));
      });
      if (matches) {
        for (const expansion of entry.expansions) {
          expansions.set(expansion, Math.max(expansions.get(expansion) ?? 0, n));
        }
        break;
      }
    }
  }
  return expansions;
}

export function foldSynonyms(synonyms: Synonyms): FoldedSynonym[] {
  return Object.entries(synonyms)
    .map(([key, expansions]) => ({ words: foldWords(key), expansions }))
    .filter((entry) => entry.words.length > 0);
}

/** Builds the three language indexes of a bundle. */
export function buildSearchIndex(bundle: Pick<ContentBundle, 'guides' | 'synonyms'>): GuideSearchIndex {
  const indexes = new Map<Language, MiniSearch<GuideDocument>>();
  for (const lang of LANGUAGES) {
    const index = new MiniSearch<GuideDocument>({
      fields: [...FIELDS],
      storeFields: [],
      processTerm: (term) => foldTerm(term),
      searchOptions: { processTerm: (term) => foldTerm(term) },
    });
    index.addAll(bundle.guides.map((guide) => toDocument(guide, lang)));
    indexes.set(lang, index);
  }
  const synonyms = foldSynonyms(bundle.synonyms);

  return {
    search(query, lang) {
      const index = indexes.get(lang);
      if (!index || foldWords(query).length === 0) return [];
      const scores = new Map<string, number>();
      const add = (hits: { id: string; score: number }[], weight: number) => {
        for (const hit of hits) scores.set(hit.id, (scores.get(hit.id) ?? 0) + hit.score * weight);
      };
      add(index.search(query, TYPED_QUERY), 1);
      for (const [expansion, keyWords] of weightedExpansions(query, synonyms)) {
        add(index.search(expansion, EXPANSION_QUERY), EXPANSION_WEIGHT * keyWords);
      }
      return rankWithCutoff(
        [...scores]
          .map(([id, score]) => ({ id, score }))
          .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)),
      );
    },
  };
}
