// What the demo month is made of: the centre's usual places, the needs people come with (weighted),
// the public's profile (weighted), first names for demo contacts, and guides shown.
import type { Encounter } from '../../../src/shared/records';
import type { AgeBand, Institution, PlaceKind, Sex, SocialStatus, Theme } from '../../../src/shared/taxonomy';

export const PLACES: readonly { kind: PlaceKind; label: string; neighbourhood: string; qpv: boolean }[] = [
  { kind: 'marche', label: 'Marché de Wazemmes', neighbourhood: 'Wazemmes', qpv: true },
  { kind: 'hall_immeuble', label: 'Hall rue Jules-Guesde', neighbourhood: 'Moulins', qpv: true },
  { kind: 'centre_commercial', label: 'Centre commercial Lillenium', neighbourhood: 'Lille-Sud', qpv: true },
  { kind: 'pied_immeuble', label: 'Résidence Marcel-Bertrand', neighbourhood: 'Lille-Sud', qpv: true },
  { kind: 'centre_social', label: 'Accueil du centre', neighbourhood: 'Lille-Sud', qpv: true },
  { kind: 'evenement', label: 'Fête de quartier', neighbourhood: 'Faubourg de Béthune', qpv: false },
];

export const NEEDS: readonly (readonly [
  { themes: Theme[]; institution?: Institution; sub?: Encounter['subThemes'] },
  number,
])[] = [
  [{ themes: ['aide_aux_demarches_administratives'], institution: 'caf', sub: ['social_sante'] }, 8],
  [{ themes: ['aide_aux_demarches_administratives'], institution: 'ameli', sub: ['social_sante'] }, 5],
  [{ themes: ['aide_aux_demarches_administratives'], institution: 'impots', sub: ['argent_impots'] }, 4],
  [
    {
      themes: ['aide_aux_demarches_administratives'],
      institution: 'ants',
      sub: ['papiers_elections_citoyennete'],
    },
    3,
  ],
  [
    {
      themes: ['aide_aux_demarches_administratives', 'insertion_professionnelle'],
      institution: 'france_travail',
      sub: ['travail_formation'],
    },
    4,
  ],
  [{ themes: ['aide_aux_demarches_administratives'], institution: 'anef', sub: ['etrangers_europe'] }, 2],
  [{ themes: ['aide_aux_demarches_administratives'], institution: 'logement_social', sub: ['logement'] }, 2],
  [{ themes: ['email'] }, 3],
  [{ themes: ['prendre_en_main_du_materiel'] }, 3],
  [{ themes: ['scolarite_et_numerique'], institution: 'educonnect', sub: ['famille_scolarite'] }, 2],
  [{ themes: ['securite_numerique'] }, 1],
];

export const AGES: readonly (readonly [AgeBand, number])[] = [
  ['16_17', 1],
  ['18_24', 3],
  ['25_39', 6],
  ['40_54', 6],
  ['55_59', 2],
  ['60_69', 3],
  ['70_plus', 2],
  ['non_communique', 1],
];
export const SEXES: readonly (readonly [Sex, number])[] = [
  ['feminin', 6],
  ['masculin', 4],
  ['non_communique', 1],
];
export const STATUSES: readonly (readonly [SocialStatus, number])[] = [
  ['sans_emploi', 4],
  ['en_emploi', 3],
  ['retraite', 3],
  ['scolarise', 1],
  ['non_communique', 2],
];
export const FIRST_NAMES = [
  'Amina',
  'Karim',
  'Fatou',
  'Jean',
  'Nadia',
  'Mohamed',
  'Sylvie',
  'Yasmine',
  'Paul',
  'Leïla',
];
export const GUIDES = [
  'caf-aide-logement',
  'caf-attestation-paiement',
  'ameli-compte-attestation',
  'ants-carte-identite-passeport',
];
