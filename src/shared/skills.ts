// The ids of the skills passport (issue 17): the tasks, the answers of a self-check, where it was
// made, and each task's Pix and DigComp competence. Ids never change once records carry them;
// src/shared/taxonomy.ts re-exports them beside the other ids.

/**
 * The skills passport (issue 17, ../shared/SKILLS.md): the everyday tasks the programme saw residents
 * learn and those procedures now demand, each read for a phone or a computer. Ids are for records
 * and exports; residents see plain words (i18n `agent.skills.item.*`).
 */
export const SKILL_ITEMS = [
  'allumer_utiliser',
  'clavier',
  'naviguer',
  'email',
  'fichiers_photos',
  'photo_document_pdf',
  'envoyer_document',
  'imprimer',
  'demarche_en_ligne',
  'code_recu',
  'applications',
  'appel_video',
  'faux_message',
  'mot_de_passe',
] as const;

/** The three answers of a self-check: alone, with help, not yet. */
export const SKILL_ANSWERS = ['seul', 'avec_aide', 'pas_encore'] as const;

/** Where a skills check was made. */
export const SKILLS_CONTEXTS = ['accompagnement', 'atelier', 'borne'] as const;

/**
 * Each item's competence in Pix (France, 5 domains, 16 competences) and in DigComp 2.2 (EU, 5 areas,
 * 21 competences), by their published numbers. Exports carry them beside the item.
 */
export const SKILL_FRAMEWORKS: Record<SkillItem, { pix: string; digcomp: string }> = {
  allumer_utiliser: { pix: '5.2', digcomp: '5.1' },
  clavier: { pix: '3.1', digcomp: '3.1' },
  naviguer: { pix: '1.1', digcomp: '1.1' },
  email: { pix: '2.1', digcomp: '2.1' },
  fichiers_photos: { pix: '1.2', digcomp: '1.3' },
  photo_document_pdf: { pix: '3.3', digcomp: '3.2' },
  envoyer_document: { pix: '2.2', digcomp: '2.2' },
  imprimer: { pix: '5.2', digcomp: '5.2' },
  demarche_en_ligne: { pix: '2.4', digcomp: '2.3' },
  code_recu: { pix: '4.1', digcomp: '2.6' },
  applications: { pix: '5.2', digcomp: '5.2' },
  appel_video: { pix: '2.1', digcomp: '2.1' },
  faux_message: { pix: '4.2', digcomp: '4.2' },
  mot_de_passe: { pix: '4.1', digcomp: '4.1' },
};

/**
 * Names of the framework competences the items use, for the exports' headers and the dashboard.
 * @public nothing reads them yet (knip is told so): the outcomes exports are to.
 */
export const PIX_COMPETENCES: Record<string, string> = {
  '1.1': 'Mener une recherche et une veille d’information',
  '1.2': 'Gérer des données',
  '2.1': 'Interagir',
  '2.2': 'Partager et publier',
  '2.4': 'S’insérer dans le monde numérique',
  '3.1': 'Développer des documents textuels',
  '3.3': 'Adapter les documents à leur finalité',
  '4.1': 'Sécuriser l’environnement numérique',
  '4.2': 'Protéger les données personnelles et la vie privée',
  '5.2': 'Construire un environnement numérique',
};
/** @public as PIX_COMPETENCES. */
export const DIGCOMP_COMPETENCES: Record<string, string> = {
  '1.1': 'Browsing, searching and filtering data, information and digital content',
  '1.3': 'Managing data, information and digital content',
  '2.1': 'Interacting through digital technologies',
  '2.2': 'Sharing through digital technologies',
  '2.3': 'Engaging in citizenship through digital technologies',
  '2.6': 'Managing digital identity',
  '3.1': 'Developing digital content',
  '3.2': 'Integrating and re-elaborating digital content',
  '4.1': 'Protecting devices',
  '4.2': 'Protecting personal data and privacy',
  '5.1': 'Solving technical problems',
  '5.2': 'Identifying needs and technological responses',
};

export type SkillItem = (typeof SKILL_ITEMS)[number];
export type SkillAnswer = (typeof SKILL_ANSWERS)[number];
export type SkillsContext = (typeof SKILLS_CONTEXTS)[number];
