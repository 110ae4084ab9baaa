// The ids of DESIGN.md's data model (La Coop de la médiation numérique where one exists).
// Labels live in i18n; ids never change once records carry them.

export const PLACE_KINDS = [
  'marche',
  'hall_immeuble',
  'pied_immeuble',
  'centre_commercial',
  'evenement',
  'centre_social',
  // Issue 11: the places the evaluation's « aller vers » recommendation names.
  'accueil_administration',
  'lieu_de_loisirs',
  'tiers_lieu',
  'mediatheque',
  'sortie_ecole',
  'domicile',
  'autre',
] as const;

export const ENCOUNTER_TYPES = ['individuel', 'collectif', 'information'] as const;

export const SEXES = ['feminin', 'masculin', 'non_communique'] as const;

export const AGE_BANDS = [
  'moins_12',
  '12_15',
  '16_17',
  '18_24',
  '25_39',
  '40_54',
  '55_59',
  '60_69',
  '70_plus',
  'non_communique',
] as const;

export const SOCIAL_STATUSES = [
  'scolarise',
  'sans_emploi',
  'en_emploi',
  'retraite',
  'non_communique',
] as const;

export const THEMES = [
  'diagnostic_numerique',
  'prendre_en_main_du_materiel',
  'maintenance_de_materiel',
  'gere_ses_contenus_numeriques',
  'navigation_sur_internet',
  'email',
  'bureautique',
  'reseaux_sociaux',
  'sante',
  'banque_et_achats_en_ligne',
  'insertion_professionnelle',
  'securite_numerique',
  'parentalite',
  'scolarite_et_numerique',
  'creer_avec_le_numerique',
  'culture_numerique',
  'intelligence_artificielle',
  'aide_aux_demarches_administratives',
] as const;

export const DEMARCHE_SUBTHEMES = [
  'papiers_elections_citoyennete',
  'famille_scolarite',
  'social_sante',
  'travail_formation',
  'logement',
  'transports_mobilite',
  'argent_impots',
  'justice',
  'etrangers_europe',
  'loisirs_sports_culture',
  'associations',
] as const;

export const INSTITUTIONS = [
  'caf',
  'impots',
  'ants',
  'ameli',
  'france_travail',
  'retraite',
  'anef',
  'service_public',
  'logement_social',
  'cheque_energie',
  'educonnect',
  'autre',
] as const;

export const EQUIPMENT = ['tablette_borne', 'telephone_personne', 'aucun'] as const;

/**
 * Issue 11: what a person raised besides the procedure, tagged anonymously on an encounter, so a
 * building hall's « diagnostic » can be shared with the landlord or the town without a name.
 */
export const NEEDS = [
  'cadre_de_vie',
  'logement_bailleur',
  'securite',
  'sante',
  'alimentation',
  'sport_loisirs',
  'mobilite',
  'isolement',
] as const;

/** Issue 11: « À la maison » — what the person has at home, each answered oui / non / non communiqué. */
export const HOME_EQUIPMENT = ['smartphone', 'ordinateur', 'internet'] as const;

export const YES_NO_UNKNOWN = ['oui', 'non', 'non_communique'] as const;

export const ACTION_KINDS = [
  'aide_sur_place',
  'guide_montre',
  'orientation',
  'rdv_centre',
  'inscription_activite',
  'a_rappeler',
] as const;

export const REDIRECTION_KINDS = [
  'administration',
  'mediation_numerique',
  'operateur_ou_organisme_en_charge',
  'aide_sociale',
  'insertion_professionnelle',
  'aide_aux_demarches_administratives',
  'autre',
] as const;

export const AUTONOMY = ['entierement_accompagne', 'partiellement_autonome', 'autonome'] as const;

export const DURATION_PRESETS = [5, 15, 30, 45, 60, 90, 120] as const;

/** `annonces_permanences`: an SMS the day before the borne comes to the contact's neighbourhood. */
export const CONSENT_PURPOSES = ['rappel', 'info_activites', 'sms', 'annonces_permanences'] as const;

export const LANGUAGES = ['fr', 'en', 'ar'] as const;

export const CHANNELS = ['telephone', 'sms', 'email'] as const;

export const KIOSK_EVENTS = [
  'open',
  'step',
  'complete',
  'abandon',
  'read_aloud',
  'search_hit',
  'search_miss',
  'glossary',
  // « J'ai besoin d'une personne » (guideId/step where the resident was) and « Je veux
  // m'inscrire » on an activity (activityId): still anonymous.
  'help_request',
  'interest',
] as const;

export const SURVEY_CONTEXTS = ['guide', 'accompagnement', 'atelier'] as const;

/** The 15 statements of the programme's evaluation questionnaire, rated 1–5. */
export const SURVEY_STATEMENTS = [
  'nom_clair',
  'utile',
  'consignes_claires',
  'contenu_facile',
  'compris_rapidement',
  'trouver_information',
  'aide_au_bon_moment',
  'plus_autonome',
  'appris_rapidement',
  'gagner_du_temps',
  'fatigue',
  'besoin_aide',
  'partager',
  'autres_domaines',
  'moins_stresse',
] as const;

export type PlaceKind = (typeof PLACE_KINDS)[number];
export type EncounterType = (typeof ENCOUNTER_TYPES)[number];
export type Sex = (typeof SEXES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
export type SocialStatus = (typeof SOCIAL_STATUSES)[number];
export type Theme = (typeof THEMES)[number];
export type DemarcheSubTheme = (typeof DEMARCHE_SUBTHEMES)[number];
export type Institution = (typeof INSTITUTIONS)[number];
export type Equipment = (typeof EQUIPMENT)[number];
export type ActionKind = (typeof ACTION_KINDS)[number];
export type Need = (typeof NEEDS)[number];
export type HomeEquipment = (typeof HOME_EQUIPMENT)[number];
export type YesNoUnknown = (typeof YES_NO_UNKNOWN)[number];
export type RedirectionKind = (typeof REDIRECTION_KINDS)[number];
export type Autonomy = (typeof AUTONOMY)[number];
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export type Language = (typeof LANGUAGES)[number];
export type Channel = (typeof CHANNELS)[number];
export type KioskEventKind = (typeof KIOSK_EVENTS)[number];
export type SurveyContext = (typeof SURVEY_CONTEXTS)[number];
export type SurveyStatement = (typeof SURVEY_STATEMENTS)[number];

// The skills passport's ids have a file of their own (skills.ts); this stays the one index of ids.
export {
  SKILL_ANSWERS,
  SKILL_FRAMEWORKS,
  SKILL_ITEMS,
  SKILLS_CONTEXTS,
  type SkillAnswer,
  type SkillItem,
  type SkillsContext,
} from './skills';

// Ids the dashboard and the exports label too (src/shared/labels): the funders' age bands that
// the fine bands above add up to, and the dashboard's own states beside a record.
export const EU_AGE_BANDS = ['moins_25', '25_54', '55_plus', 'non_communique'] as const;
export const COOP_AGE_BANDS = [
  'moins_12',
  '12_17',
  '18_24',
  '25_39',
  '40_59',
  '60_69',
  '70_plus',
  'non_communique',
] as const;
export const REVIEW_STATES = ['recu', 'a_verifier', 'valide'] as const;
export const FOLLOW_UP_STATUSES = ['a_faire', 'fait', 'injoignable'] as const;

export type EuAgeBand = (typeof EU_AGE_BANDS)[number];
export type CoopAgeBand = (typeof COOP_AGE_BANDS)[number];
export type ReviewState = (typeof REVIEW_STATES)[number];
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
