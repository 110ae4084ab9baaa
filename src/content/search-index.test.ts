import { describe, expect, it } from 'vitest';
import { compileContent } from '../../scripts/content/compile';
import type { Language } from '../shared/taxonomy';
import { buildSearchIndex, expandQuery, foldSynonyms } from './search-index';
import { foldText, foldWords } from './text-fold';

// The real content, as the build compiles it: the test fails if a guide or a synonym edit breaks search.
const bundle = compileContent('content');
const index = buildSearchIndex(bundle);

function firstOf(query: string, lang: Language = 'fr'): string | undefined {
  return index.search(query, lang)[0]?.id;
}

function topIds(query: string, n: number, lang: Language = 'fr'): string[] {
  return index
    .search(query, lang)
    .slice(0, n)
    .map((hit) => hit.id);
}

describe('guide search finds the right guide first for everyday words', () => {
  it.each([
    ['carte vitale', 'ameli-compte-attestation'],
    ['secu', 'ameli-compte-attestation'],
    ['caf', 'caf-attestation-paiement'],
    ['apl', 'caf-aide-logement'],
    ['impots', 'impots-declarer-revenus'],
    ['chomage', 'france-travail-inscription-actualisation'],
    ['papiers', 'ants-carte-identite-passeport'],
  ])('« %s » → %s', (query, guide) => {
    expect(firstOf(query)).toBe(guide);
  });

  it('also lists the other Caf guides for « caf », and the residence permit for « papiers »', () => {
    expect(topIds('caf', 3).sort()).toEqual([
      'caf-aide-logement',
      'caf-attestation-paiement',
      'caf-declaration-trimestrielle',
    ]);
    expect(topIds('papiers', 3)).toContain('anef-titre-sejour');
  });
});

describe('guide search tolerates what residents really type', () => {
  it.each([
    ['impot', 'impots-declarer-revenus'],
    ['securite sociale', 'ameli-compte-attestation'],
    ['IMPÔTS', 'impots-declarer-revenus'],
    ['Sécurité Sociale', 'ameli-compte-attestation'],
  ])('missing or extra accents and capitals: « %s » → %s', (query, guide) => {
    expect(firstOf(query)).toBe(guide);
  });

  it.each([
    ['ammeli', 'ameli-compte-attestation'],
    ['franse travail', 'france-travail-inscription-actualisation'],
    ['chomag', 'france-travail-inscription-actualisation'],
    ['retraitte', 'retraite-releve-demande'],
    ['pasport', 'ants-carte-identite-passeport'],
  ])('typos: « %s » → %s', (query, guide) => {
    expect(firstOf(query)).toBe(guide);
  });

  it.each([
    ['passport', 'en', 'ants-carte-identite-passeport'],
    ['doctor', 'en', 'rendez-vous-medical-en-ligne'],
    ['unemployment', 'en', 'france-travail-inscription-actualisation'],
    ['ضرائب', 'ar', 'impots-declarer-revenus'],
    ['الضرائب', 'ar', 'impots-declarer-revenus'],
    ['طبيب', 'ar', 'rendez-vous-medical-en-ligne'],
  ] as const)('English and Arabic everyday words: « %s » (%s) → %s', (query, lang, guide) => {
    expect(firstOf(query, lang)).toBe(guide);
  });

  it('finds French institution words whatever the screen language', () => {
    expect(firstOf('impots', 'ar')).toBe('impots-declarer-revenus');
    expect(firstOf('caf', 'en')).toBe('caf-attestation-paiement');
  });

  it('finds nothing for an empty query, small words only, or a word of no guide', () => {
    expect(index.search('', 'fr')).toEqual([]);
    expect(index.search('  de la  ', 'fr')).toEqual([]);
    expect(index.search('xylophone', 'fr')).toEqual([]);
  });

  it('returns scores in decreasing order', () => {
    const scores = index.search('attestation', 'fr').map((hit) => hit.score);
    expect(scores.length).toBeGreaterThan(1);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});

describe('query folding and synonym expansion', () => {
  it('folds accents, capitals and Arabic letter variants', () => {
    expect(foldText('Sécurité Sociale')).toBe('securite sociale');
    expect(foldText('الإقامة')).toBe(foldText('الاقامة'));
    expect(foldWords("Prime d'activité de la Caf")).toEqual(['prime', 'activite', 'caf']);
  });

  it('expands a synonym key found in the query, with a typo, and not a short word close to a key', () => {
    const synonyms = foldSynonyms({ chomage: ['france travail'], rsa: ['rsa'], 'carte vitale': ['ameli'] });
    expect(expandQuery('Chômage', synonyms)).toEqual(['france travail']);
    expect(expandQuery('chomae', synonyms)).toEqual(['france travail']);
    expect(expandQuery('ma carte vitalle', synonyms)).toEqual(['ameli']);
    expect(expandQuery('rsi', synonyms)).toEqual([]);
  });
});
