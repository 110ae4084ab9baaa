// The funders' wording of the ids where it differs from the plain wording (plain-*.ts): La Coop de
// la médiation numérique's labels for themes, accompaniment types, social status and autonomy, so
// the dashboard and the exports add up with what CAF and FEDER already receive. Every id absent
// here reads the same everywhere: the difference is a choice written down, never an accident.
import type { OfficialLabels } from './groups';

export const officialFr: OfficialLabels = {
  encounterType: {
    individuel: 'Individuel',
    collectif: 'Collectif',
    information: 'Information',
  },
  socialStatus: {
    scolarise: 'Scolarisé',
    en_emploi: 'En emploi',
  },
  theme: {
    prendre_en_main_du_materiel: 'Prendre en main du matériel',
    maintenance_de_materiel: 'Maintenance de matériel',
    gere_ses_contenus_numeriques: 'Gérer ses contenus numériques',
    navigation_sur_internet: 'Navigation sur internet',
    reseaux_sociaux: 'Réseaux sociaux communication',
    insertion_professionnelle: 'Insertion professionnelle',
    securite_numerique: 'Prévention en sécurité numérique',
    scolarite_et_numerique: 'Scolarité et numérique',
    intelligence_artificielle: 'Intelligence artificielle (IA)',
    aide_aux_demarches_administratives: 'Aide aux démarches administratives',
  },
  action: {
    aide_sur_place: 'Aide sur place',
  },
  autonomy: {
    entierement_accompagne: 'Entièrement accompagné',
    partiellement_autonome: 'Partiellement autonome',
  },
};

// English and Arabic: the dashboard's translation of the same choices (the words a funder reads
// in French are La Coop's; in the other languages the type and two themes still read as reports do).
export const officialEn: OfficialLabels = {
  encounterType: {
    individuel: 'Individual',
    collectif: 'Group',
    information: 'Information',
  },
  theme: {
    insertion_professionnelle: 'Professional integration',
    aide_aux_demarches_administratives: 'Help with official procedures',
  },
};

export const officialAr: OfficialLabels = {
  encounterType: {
    individuel: 'فردي',
    collectif: 'جماعي',
    information: 'معلومة',
  },
  theme: {
    insertion_professionnelle: 'الإدماج المهني',
    aide_aux_demarches_administratives: 'المساعدة في الإجراءات الإدارية',
  },
};
