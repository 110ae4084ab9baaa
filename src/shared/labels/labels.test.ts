// One catalogue, two registers: the tablet's plain words and the funders' words are both read from
// src/shared/labels, and every difference between them is written down on purpose.
import { describe, expect, it } from 'vitest';
import { agentLabels } from '../../i18n/messages/agent-labels';
import { LANGUAGES } from '../taxonomy';
import { groupLabels, idLabel } from './index';
import { officialAr, officialEn, officialFr } from './official';
import { plainFr } from './plain-fr';

describe('labels of taxonomy ids', () => {
  it('says « Emploi » on the tablet and « Insertion professionnelle » for funders, by choice', () => {
    expect(idLabel('theme', 'insertion_professionnelle', 'fr', 'plain')).toBe('Emploi');
    expect(idLabel('theme', 'insertion_professionnelle', 'fr', 'official')).toBe('Insertion professionnelle');
    expect(idLabel('theme', 'aide_aux_demarches_administratives', 'fr', 'plain')).toBe(
      'Démarches administratives',
    );
    expect(idLabel('theme', 'aide_aux_demarches_administratives', 'fr', 'official')).toBe(
      'Aide aux démarches administratives',
    );
  });

  it('uses La Coop’s own words for the themes it names', () => {
    expect(idLabel('theme', 'navigation_sur_internet', 'fr', 'official')).toBe('Navigation sur internet');
    expect(idLabel('theme', 'securite_numerique', 'fr', 'official')).toBe('Prévention en sécurité numérique');
    expect(idLabel('theme', 'reseaux_sociaux', 'fr', 'official')).toBe('Réseaux sociaux communication');
  });

  it('writes an official word only where it differs from the plain one', () => {
    for (const [lang, official] of [
      ['fr', officialFr],
      ['en', officialEn],
      ['ar', officialAr],
    ] as const) {
      for (const [group, words] of Object.entries(official)) {
        for (const [id, text] of Object.entries(words ?? {})) {
          const plain = groupLabels(group as keyof typeof plainFr, lang, 'plain') as Record<string, string>;
          expect(plain[id], `${lang} ${group}.${id}`).not.toBe(text);
        }
      }
    }
  });

  it('has words for every id in every language, never an empty one', () => {
    for (const lang of LANGUAGES) {
      for (const group of Object.keys(plainFr) as (keyof typeof plainFr)[]) {
        const words = groupLabels(group, lang);
        expect(Object.keys(words).sort(), `${lang} ${group}`).toEqual(Object.keys(plainFr[group]).sort());
        for (const text of Object.values(words)) expect(text.trim(), `${lang} ${group}`).not.toBe('');
      }
    }
  });

  it('is where the tablet’s tiles take their words from', () => {
    expect(agentLabels.fr['agent.theme.insertion_professionnelle']).toBe(
      plainFr.theme.insertion_professionnelle,
    );
    expect(agentLabels.ar['agent.place.marche']).toBe(groupLabels('placeKind', 'ar').marche);
  });
});
