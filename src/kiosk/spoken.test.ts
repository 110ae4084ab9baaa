import { describe, expect, it } from 'vitest';
import { spokenText } from './spoken';

describe('spoken text', () => {
  it('joins the parts of a screen as sentences, one full stop each', () => {
    expect(spokenText(['Étape 2 sur 6', 'Ouvrez le site.', undefined, 'Astuce :', 'Notez-le'])).toBe(
      'Étape 2 sur 6. Ouvrez le site. Astuce. Notez-le.',
    );
  });

  it('drops the marks a voice would read out: quotes, arrows, bullets, doubled punctuation', () => {
    expect(spokenText(['Touchez « Mon compte » → puis “Valider”..', '• Le code (6 chiffres) !!'])).toBe(
      'Touchez Mon compte puis Valider. Le code 6 chiffres!',
    );
  });

  it('keeps questions and Arabic punctuation, and says nothing for empty parts', () => {
    expect(spokenText(['هل ما زلت هنا؟', '', '  ', null, 'Vous êtes là ?'])).toBe(
      'هل ما زلت هنا؟ Vous êtes là?',
    );
  });
});
