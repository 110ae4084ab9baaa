import { describe, expect, it } from 'vitest';
import type { Partner } from '../shared/reference';
import { type GuideChoice, searchGuides, searchPartners } from './directory';

const partner = (p: Partial<Partner> & { id: string; name: string }): Partner => ({
  territoryId: 'croissant-sud',
  redirectionKind: 'autre',
  themes: [],
  ...p,
});

const partners = [
  partner({
    id: 'caf',
    name: 'CAF du Nord – accueil de Lille',
    redirectionKind: 'administration',
    themes: ['aide_aux_demarches_administratives'],
  }),
  partner({
    id: 'epn',
    name: 'Espace public numérique Wazemmes',
    redirectionKind: 'mediation_numerique',
    themes: ['navigation_sur_internet', 'email'],
  }),
  partner({
    id: 'ccas',
    name: 'CCAS de Faches-Thumesnil',
    redirectionKind: 'aide_sociale',
    themes: ['aide_aux_demarches_administratives'],
    label: 'Accès aux droits',
  }),
];

describe('partner directory search', () => {
  it('finds by name without accents or case, every word must match', () => {
    expect(searchPartners(partners, { text: 'espace NUMERIQUE' }).map((p) => p.id)).toEqual(['epn']);
    expect(searchPartners(partners, { text: 'faches droits' }).map((p) => p.id)).toEqual(['ccas']);
    expect(searchPartners(partners, { text: 'zzz' })).toEqual([]);
  });

  it('filters by theme and puts the chosen redirection kind first', () => {
    const found = searchPartners(partners, {
      text: '',
      theme: 'aide_aux_demarches_administratives',
      redirectionKind: 'aide_sociale',
    });
    expect(found.map((p) => p.id)).toEqual(['ccas', 'caf']);
  });
});

describe('guide search', () => {
  const guides: GuideChoice[] = [
    {
      id: 'ants-carte-identite',
      title: 'Demander une carte d’identité',
      institution: 'ants',
      themes: ['aide_aux_demarches_administratives'],
    },
    {
      id: 'caf-attestation',
      title: 'Télécharger une attestation CAF',
      institution: 'caf',
      themes: ['aide_aux_demarches_administratives'],
    },
    { id: 'email-creer', title: 'Créer une adresse e-mail', institution: 'autre', themes: ['email'] },
  ];

  it('finds by title words, accents ignored', () => {
    expect(searchGuides(guides, 'telecharger', { themes: [], institutions: [] }).map((g) => g.id)).toEqual([
      'caf-attestation',
    ]);
  });

  it('lists the guides of the encounter’s institution or theme first', () => {
    expect(searchGuides(guides, '', { themes: ['email'], institutions: [] })[0]?.id).toBe('email-creer');
    expect(searchGuides(guides, '', { themes: [], institutions: ['caf'] })[0]?.id).toBe('caf-attestation');
  });
});
