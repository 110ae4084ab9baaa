// The content checks a schema cannot express: plain language (FALC) in French, jargon words linked to
// the glossary, every glossary word used, a help step at the end of each guide, phone numbers limited
// to the checked ones, and dated sources. Each problem names the file, the field and the line.

import { foldText } from '../../src/content/text-fold';
import type { GlossaryTerm, Guide } from '../../src/shared/content';

/** FALC limits (content/README.md). */
export const MAX_WORDS_PER_SENTENCE = 20;
export const MAX_SENTENCES_PER_TEXT = 3;
/** Glossary words that say "where to get help"; the last step of a guide links at least one. */
export const HELP_TERMS = ['france-services', 'conseiller-numerique', 'centre-social'] as const;

export interface JargonList {
  /** Word or phrase as written in French → glossary id it must be linked to. */
  jargon: Record<string, string>;
  /** Phone numbers a guide may print (CONTENT-FACTS): any other number is refused. */
  telephones: string[];
}

export interface ContentProblem {
  /** 'guide' (index in the list of guides), 'glossary' or 'jargon'. */
  file: 'guide' | 'glossary' | 'jargon';
  index: number;
  path: (string | number)[];
  message: string;
}

/** Sentences of a French text: cut after . ! ? … followed by a space (« caf.fr » stays whole). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…])\s+(?=[^\s])/u)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

/** Words of a sentence; a number written in groups (« 0 805 204 805 », « 32 30 ») is one word. */
export function wordsOf(sentence: string): string[] {
  return sentence
    .replace(/(\d)[\s\u00a0\u202f](?=\d)/g, '$1')
    .split(/[\s\u00a0\u202f]+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

function shorten(sentence: string): string {
  const words = sentence.split(/\s+/);
  return words.length <= 8 ? sentence : `${words.slice(0, 8).join(' ')}…`;
}

/** Problems of one French text against the FALC limits. */
export function falcProblems(text: string, maxSentences: number | null): string[] {
  const problems: string[] = [];
  const sentences = sentencesOf(text);
  if (maxSentences !== null && sentences.length > maxSentences) {
    problems.push(
      `a ${sentences.length} phrases (${maxSentences} au plus) : coupez l’étape en deux ou déplacez une phrase dans « tip »`,
    );
  }
  for (const sentence of sentences) {
    const n = wordsOf(sentence).length;
    if (n > MAX_WORDS_PER_SENTENCE) {
      problems.push(
        `la phrase « ${shorten(sentence)} » a ${n} mots (${MAX_WORDS_PER_SENTENCE} au plus) : coupez-la en deux`,
      );
    }
  }
  return problems;
}

/** Folded text with word boundaries kept as single spaces, for phrase matching. */
function normalise(text: string): string {
  return ` ${foldText(text)
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}'+@.-]+/gu, ' ')
    .trim()} `;
}

interface CompiledJargon {
  word: string;
  term: string;
  pattern: RegExp;
}

const compiled = new WeakMap<Record<string, string>, CompiledJargon[]>();

/** The jargon list as patterns, longest phrase first, built once per list. */
function compileJargon(jargon: Record<string, string>): CompiledJargon[] {
  let list = compiled.get(jargon);
  if (!list) {
    list = Object.entries(jargon)
      .map(([word, term]) => ({ word, term, needle: normalise(word).trim() }))
      .filter((entry) => entry.needle !== '')
      .sort((a, b) => b.needle.length - a.needle.length)
      .map(({ word, term, needle }) => ({
        word,
        term,
        // A word starts after a space or an apostrophe (« l'avis ») and ends at a space or a dot.
        pattern: new RegExp(`(?<=[ '])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=[ .])`, 'gu'),
      }));
    compiled.set(jargon, list);
  }
  return list;
}

/**
 * Jargon phrases found in a text, longest first; a phrase inside a longer one is not counted twice
 * (« numéro allocataire » does not also count as « allocataire »).
 */
export function jargonIn(text: string, jargon: Record<string, string>): { word: string; term: string }[] {
  let haystack = normalise(text);
  const found: { word: string; term: string }[] = [];
  for (const { word, term, pattern } of compileJargon(jargon)) {
    pattern.lastIndex = 0;
    if (pattern.test(haystack)) {
      found.push({ word, term });
      pattern.lastIndex = 0;
      haystack = haystack.replace(pattern, ' ');
    }
  }
  return found;
}

/** Phone-like numbers in a text: groups such as « 32 30 » or « 0 805 204 805 ». */
export function phoneNumbersIn(text: string): string[] {
  const matches = text.match(
    /(?<![\d,.])(?:0[\s\u00a0]?\d{3}(?:[\s\u00a0]\d{3}){2}|\d{2}(?:[\s\u00a0]\d{2}){1,4})(?![\d,.]?\d)/gu,
  );
  return (matches ?? []).map((m) => m.replace(/[\s\u00a0]+/g, ' '));
}

const STEP_FIELDS = ['text', 'tip', 'warning'] as const;

/** Every plain-language, glossary and help problem of the content (all at once). */
export function checkPlainLanguage(
  guides: readonly Guide[],
  glossary: readonly GlossaryTerm[],
  list: JargonList,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const termIds = new Set(glossary.map((t) => t.id));
  const allowedPhones = new Set(list.telephones.map((p) => p.replace(/\s+/g, ' ').trim()));

  for (const [word, term] of Object.entries(list.jargon)) {
    if (!termIds.has(term)) {
      problems.push({
        file: 'jargon',
        index: 0,
        path: ['jargon', word],
        message: `« ${term} » n’est pas un mot du lexique (content/glossary.yaml)`,
      });
    }
  }

  const used = new Set<string>();
  guides.forEach((guide, gi) => {
    const checkPhones = (text: string, path: (string | number)[]) => {
      for (const phone of phoneNumbersIn(text)) {
        if (!allowedPhones.has(phone)) {
          problems.push({
            file: 'guide',
            index: gi,
            path,
            message: `le numéro « ${phone} » n’est pas dans la liste des numéros vérifiés (content/jargon.yaml, telephones)`,
          });
        }
      }
    };
    const checkFalc = (text: string, path: (string | number)[], maxSentences: number | null) => {
      for (const message of falcProblems(text, maxSentences))
        problems.push({ file: 'guide', index: gi, path, message });
      checkPhones(text, path);
    };
    checkFalc(guide.summary.fr, ['summary', 'fr'], null);
    guide.prerequisites.forEach((p, pi) => {
      checkFalc(p.fr, ['prerequisites', pi, 'fr'], 1);
    });

    guide.steps.forEach((step, si) => {
      const linked = new Set(step.terms ?? []);
      for (const id of linked) used.add(id);
      for (const field of STEP_FIELDS) {
        const text = step[field]?.fr;
        if (!text) continue;
        const path = ['steps', si, field, 'fr'];
        checkFalc(text, path, MAX_SENTENCES_PER_TEXT);
        for (const { word, term } of jargonIn(text, list.jargon)) {
          if (!linked.has(term)) {
            problems.push({
              file: 'guide',
              index: gi,
              path,
              message: `le mot « ${word} » doit être expliqué : ajoutez « ${term} » dans les terms de l’étape ${si + 1}`,
            });
          }
        }
      }
    });

    const last = guide.steps[guide.steps.length - 1];
    if (last && !HELP_TERMS.some((id) => last.terms?.includes(id))) {
      problems.push({
        file: 'guide',
        index: gi,
        path: ['steps', guide.steps.length - 1, 'terms'],
        message: `la dernière étape doit dire où trouver de l’aide quand on est bloqué (centre social, France services, conseiller numérique) et lier l’un des mots ${HELP_TERMS.map((t) => `« ${t} »`).join(', ')}`,
      });
    }
  });

  glossary.forEach((term, ti) => {
    if (!used.has(term.id)) {
      problems.push({
        file: 'glossary',
        index: ti,
        path: ['terms', ti, 'id'],
        message: `« ${term.id} » n’est lié à aucune étape : ajoutez-le dans les terms d’une étape qui l’utilise`,
      });
    }
  });
  return problems;
}
