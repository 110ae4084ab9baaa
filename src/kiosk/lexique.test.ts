import { describe, expect, it } from 'vitest';
import type { GlossaryTerm } from '../shared/content';
import { filterTerms, firstLetter, groupByLetter } from './lexique';

const term = (id: string, fr: string, def: string, ar = fr): GlossaryTerm => ({
  id,
  term: { fr, en: fr, ar },
  definition: { fr: def, en: def, ar: def },
});
const TERMS = [
  term('email', 'E-mail', 'Un message envoyé par Internet.', 'بريد إلكتروني'),
  term('espace', 'Espace personnel', 'Votre compte sur un site.', 'الفضاء الشخصي'),
  term('identifiant', 'Identifiant', 'Le nom qui vous connecte.', 'اسم المستخدم'),
  term('ecran', 'Écran', 'La vitre qui montre les images.', 'أداة'),
];

describe('lexique index and search', () => {
  it('files words under their first letter, accents set aside, in the language’s order', () => {
    expect(firstLetter('Écran')).toBe('E');
    expect(firstLetter('أداة')).toBe('ا');
    const groups = groupByLetter(TERMS, 'fr', 'fr-FR');
    expect(groups.map((g) => [g.letter, g.terms.map((t) => t.id)])).toEqual([
      ['E', ['email', 'ecran', 'espace']],
      ['I', ['identifiant']],
    ]);
  });

  it('finds a word by its term or its definition, whatever the accents and case', () => {
    expect(filterTerms(TERMS, 'ECRAN', 'fr').map((t) => t.id)).toEqual(['ecran']);
    expect(filterTerms(TERMS, 'compte site', 'fr').map((t) => t.id)).toEqual(['espace']);
    expect(filterTerms(TERMS, 'zzz', 'fr')).toEqual([]);
    expect(filterTerms(TERMS, '  ', 'fr')).toHaveLength(4);
  });
});
