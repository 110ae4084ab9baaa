// How search sees words: lower case, no accents, Arabic letters unified, small words dropped.
// The same folding is applied to the guides, the synonyms and what the resident types, so
// "impot", "Impôts" and "IMPOTS" meet. Pure functions: used in the search worker and in tests.

const COMBINING_MARKS = /\p{M}/gu;
const TATWEEL = /\u0640/g;
const SPLIT = /[\n\r\p{Z}\p{P}\p{S}]+/u;

/** Lower case, accents and Arabic diacritics removed, Arabic letter variants unified. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(TATWEEL, '')
    .toLowerCase()
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
}

/** Words that say nothing about which guide is meant (after folding). */
const STOP_WORDS = new Set([
  // fr
  'a',
  'au',
  'aux',
  'avec',
  'ce',
  'd',
  'dans',
  'de',
  'des',
  'du',
  'en',
  'et',
  'l',
  'la',
  'le',
  'les',
  'ma',
  'mes',
  'mon',
  'ou',
  'par',
  'pour',
  'qu',
  'que',
  'sa',
  'se',
  'ses',
  'son',
  'sur',
  'ta',
  'un',
  'une',
  'vos',
  'votre',
  'vous',
  'je',
  'j',
  'me',
  'm',
  'y',
  // en
  'an',
  'and',
  'for',
  'i',
  'in',
  'my',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  'your',
  // ar
  'في',
  'من',
  'علي',
  'الي',
  'عن',
  'او',
]);

/** One folded word, or null when it should not be searched (a small word). */
export function foldTerm(term: string): string | null {
  let folded = foldText(term);
  // Arabic definite article: "الضرائب" and "ضرائب" are the same word for a resident.
  if (folded.length > 4 && folded.startsWith('ال')) folded = folded.slice(2);
  return folded.length === 0 || STOP_WORDS.has(folded) ? null : folded;
}

/** A text cut into folded words, small words dropped. */
export function foldWords(text: string): string[] {
  return text.split(SPLIT).flatMap((word) => {
    const folded = word ? foldTerm(word) : null;
    return folded ? [folded] : [];
  });
}
