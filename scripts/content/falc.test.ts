import { describe, expect, it } from 'vitest';
import { falcProblems, jargonIn, phoneNumbersIn, sentencesOf, wordsOf } from './falc';

describe('FALC: a French sentence has 20 words at most, a step text 3 sentences at most', () => {
  it('cuts sentences after . ! ? and keeps web addresses whole', () => {
    expect(sentencesOf('Vous êtes bloqué ? Appelez la Caf. Ouvrez caf.fr dans le navigateur.')).toEqual([
      'Vous êtes bloqué ?',
      'Appelez la Caf.',
      'Ouvrez caf.fr dans le navigateur.',
    ]);
  });

  it('counts a phone number written in groups as one word', () => {
    expect(wordsOf('Appelez le 0 805 204 805.')).toEqual(['Appelez', 'le', '0805204805.']);
    expect(wordsOf('Appelez la Caf au 32 30 : c’est gratuit.')).toHaveLength(7);
  });

  it('refuses a 21-word sentence and accepts a 20-word one', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `mot${i}`).join(' ');
    expect(falcProblems(`${twenty}.`, 3)).toEqual([]);
    expect(falcProblems(`${twenty} encore.`, 3)).toEqual([
      expect.stringMatching(/^la phrase « mot0 mot1 .*… » a 21 mots \(20 au plus\)/),
    ]);
  });

  it('refuses a fourth sentence in a step text', () => {
    expect(falcProblems('Un. Deux. Trois.', 3)).toEqual([]);
    expect(falcProblems('Un. Deux ? Trois ! Quatre.', 3)).toEqual([
      expect.stringMatching(/^a 4 phrases \(3 au plus\)/),
    ]);
  });
});

describe('jargon words must be linked to the glossary', () => {
  const jargon = {
    allocataire: 'allocataire',
    'numéro allocataire': 'numero-allocataire',
    "avis d'impôt": 'avis-impot',
    pdf: 'pdf',
  };

  it('finds a word whatever its accents, capitals and the apostrophe before it', () => {
    expect(jargonIn("Téléchargez l'Avis d'impot en PDF.", jargon)).toEqual([
      { word: "avis d'impôt", term: 'avis-impot' },
      { word: 'pdf', term: 'pdf' },
    ]);
  });

  it('does not count a word twice when it is part of a longer phrase', () => {
    expect(jargonIn('Gardez votre numéro allocataire.', jargon)).toEqual([
      { word: 'numéro allocataire', term: 'numero-allocataire' },
    ]);
    expect(jargonIn('Vous êtes allocataire et vous avez un numéro allocataire.', jargon)).toHaveLength(2);
  });

  it('does not match inside another word', () => {
    expect(jargonIn('Les allocataires et les pdfs.', jargon)).toEqual([]);
  });
});

describe('phone numbers in guides are limited to the checked ones', () => {
  it('finds grouped numbers, not amounts, dates or durations', () => {
    expect(phoneNumbersIn('Appelez le 32 30 ou le 0 805 204 805.')).toEqual(['32 30', '0 805 204 805']);
    expect(phoneNumbersIn('Payez 180 € avant le 15 mars 2026, en 15 minutes, du 28 au 15.')).toEqual([]);
  });
});
