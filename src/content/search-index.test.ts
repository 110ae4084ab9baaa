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
    ['vitale', 'ameli-compte-attestation'],
    ['secu', 'ameli-compte-attestation'],
    ['caf', 'caf-attestation-paiement'],
    ['apl', 'caf-aide-logement'],
    ['impots', 'impots-declarer-revenus'],
    ['chomage', 'france-travail-inscription-actualisation'],
    ['papiers', 'ants-carte-identite-passeport'],
  ])('« %s » → %s', (query, guide) => {
    expect(firstOf(query)).toBe(guide);
  });

  it('also lists other Caf guides for « caf », and the residence permit for « papiers »', () => {
    const caf = topIds('caf', 6);
    expect(caf).toEqual(expect.arrayContaining(['caf-aide-logement', 'caf-declaration-trimestrielle']));
    expect(topIds('papiers', 3)).toContain('anef-titre-sejour');
  });
});

/** The guides shown first (at most 3) and those folded under « Autres guides ». */
function shown(query: string, lang: Language = 'fr'): { best: string[]; others: string[] } {
  const hits = index.search(query, lang);
  return {
    best: hits.filter((h) => h.best).map((h) => h.id),
    others: hits.filter((h) => !h.best).map((h) => h.id),
  };
}

describe('search narrows: the guide that matches the need first, at most 3 shown, the rest folded', () => {
  it.each([
    // Issue 14 §11: « mot de passe oublié » gave 13 of 14 guides, « papier identité » 9.
    ['mot de passe oublié', 'mot-de-passe-oublie'],
    ['papier identité', 'ants-carte-identite-passeport'],
    ['pièce d’identité', 'ants-carte-identite-passeport'],
    // One everyday word (or more) per new guide.
    ['changement de situation', 'caf-changement-situation'],
    ['séparation', 'caf-changement-situation'],
    ['compte caf', 'caf-changement-situation'],
    ['scanner', 'document-photo-scan-envoyer'],
    ['envoyer un document', 'document-photo-scan-envoyer'],
    ['fichier trop lourd', 'document-photo-scan-envoyer'],
    ['demande rsa', 'rsa-prime-activite-demande'],
    ['simulation', 'rsa-prime-activite-demande'],
    ['mutuelle', 'complementaire-sante-solidaire'],
    ['cmu', 'complementaire-sante-solidaire'],
    ['arnaque', 'arnaque-reconnaitre-signaler'],
    ['faux sms', 'arnaque-reconnaitre-signaler'],
    ['identité numérique', 'identite-numerique-franceconnect-plus'],
    ['la poste', 'identite-numerique-franceconnect-plus'],
    ['appli carte vitale', 'appli-carte-vitale-mon-espace-sante'],
    ['mon espace santé', 'appli-carte-vitale-mon-espace-sante'],
    ['pronote', 'ecole-educonnect-pronote'],
    ['école', 'ecole-educonnect-pronote'],
    ['bourse', 'ecole-bourses-rentree'],
    ['rentrée scolaire', 'ecole-bourses-rentree'],
    ['convocation préfecture', 'titre-sejour-suivre-dossier'],
    ['attestation de prolongation', 'titre-sejour-suivre-dossier'],
    ['bus', 'transport-ilevia-tarifs'],
    ['ilévia', 'transport-ilevia-tarifs'],
    ['déménagement', 'changement-adresse-demenagement'],
    ["changement d'adresse", 'changement-adresse-demenagement'],
    ['banque', 'banque-paiement-en-ligne'],
    ['payer en ligne', 'banque-paiement-en-ligne'],
    ['procuration', 'elections-procuration'],
    ['voter', 'elections-procuration'],
    ['tablette', 'premiers-pas-tablette'],
    ['clavier', 'premiers-pas-tablette'],
    ['permis de conduire', 'ants-permis-carte-grise'],
    ['carte grise', 'ants-permis-carte-grise'],
    // Phrases with articles, as typed.
    ['la caf', 'caf-attestation-paiement'],
    ["l'apl", 'caf-aide-logement'],
    ['les impôts', 'impots-declarer-revenus'],
  ])('« %s » → %s first, at most 3 shown', (query, guide) => {
    const { best } = shown(query);
    expect(best[0]).toBe(guide);
    expect(best.length).toBeLessThanOrEqual(3);
  });

  it.each([
    ['احتيال', 'arnaque-reconnaitre-signaler'],
    ['البنك', 'banque-paiement-en-ligne'],
    ['الحافلة', 'transport-ilevia-tarifs'],
    ['رخصة السياقة', 'ants-permis-carte-grise'],
    ['المدرسة', 'ecole-educonnect-pronote'],
    ['منحة دراسية', 'ecole-bourses-rentree'],
    ['الانتخابات', 'elections-procuration'],
    ['نسيت كلمة المرور', 'mot-de-passe-oublie'],
    ['تعاضدية', 'complementaire-sante-solidaire'],
    ['دخل التضامن', 'rsa-prime-activite-demande'],
    ['انفصال', 'caf-changement-situation'],
    ['مسح ضوئي', 'document-photo-scan-envoyer'],
    ['الهوية الرقمية', 'identite-numerique-franceconnect-plus'],
    ['الملف الطبي', 'appli-carte-vitale-mon-espace-sante'],
    ['الاستدعاء', 'titre-sejour-suivre-dossier'],
    ['تغيير العنوان', 'changement-adresse-demenagement'],
    ['لوحة المفاتيح', 'premiers-pas-tablette'],
  ] as const)('Arabic everyday word « %s » → %s first, at most 3 shown', (query, guide) => {
    const { best } = shown(query, 'ar');
    expect(best[0]).toBe(guide);
    expect(best.length).toBeLessThanOrEqual(3);
  });

  it.each([
    ['scam', 'arnaque-reconnaitre-signaler'],
    ['bus', 'transport-ilevia-tarifs'],
    ['driving licence', 'ants-permis-carte-grise'],
  ] as const)('English « %s » → %s first', (query, guide) => {
    expect(shown(query, 'en').best[0]).toBe(guide);
  });

  it('folds the weaker matches under « Autres guides » and drops those that only mention a word in passing', () => {
    const { best, others } = shown('mot de passe oublié');
    expect(best).toEqual(['mot-de-passe-oublie']);
    expect(others.length).toBeLessThanOrEqual(6);
    // « mot de passe » is in the password warning of most guides: they are not listed at all.
    expect(best.length + others.length).toBeLessThan(5);
  });

  it('keeps the best first and never shows more than 3, even for a word many guides share', () => {
    for (const query of ['caf', 'attestation', 'compte', 'ameli', 'papiers']) {
      const hits = index.search(query, 'fr');
      const best = hits.filter((h) => h.best);
      expect(best.length, query).toBeGreaterThan(0);
      expect(best.length, query).toBeLessThanOrEqual(3);
      // The shown ones come first, then the folded ones.
      expect(
        hits.slice(0, best.length).every((h) => h.best),
        query,
      ).toBe(true);
    }
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
