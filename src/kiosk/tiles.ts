// The kiosk home's big tiles: residents think "la CAF", "mes papiers", "la retraite", not in the
// taxonomy's words, so guides are grouped by what they are about (institution, démarche
// sub-theme, theme). A guide may sit in two tiles (a housing aid from the CAF is in both).
import type { Guide } from '../shared/content';

export const TILE_IDS = [
  'famille',
  'sante',
  'papiers',
  'argent',
  'emploi',
  'retraite',
  'logement',
  'internet',
] as const;
export type TileId = (typeof TILE_IDS)[number];

type Rule = (g: Guide) => boolean;
const sub = (g: Guide, ...ids: string[]) => (g.subThemes ?? []).some((s) => ids.includes(s));
const theme = (g: Guide, ...ids: string[]) => g.themes.some((t) => ids.includes(t));

const RULES: Record<TileId, Rule> = {
  famille: (g) => g.institution === 'caf' || g.institution === 'educonnect' || sub(g, 'famille_scolarite'),
  sante: (g) => g.institution === 'ameli' || theme(g, 'sante'),
  papiers: (g) =>
    g.institution === 'ants' ||
    g.institution === 'anef' ||
    sub(g, 'papiers_elections_citoyennete', 'etrangers_europe'),
  argent: (g) =>
    g.institution === 'impots' || sub(g, 'argent_impots') || theme(g, 'banque_et_achats_en_ligne'),
  emploi: (g) =>
    g.institution === 'france_travail' ||
    theme(g, 'insertion_professionnelle') ||
    (sub(g, 'travail_formation') && g.institution !== 'retraite'),
  retraite: (g) => g.institution === 'retraite',
  logement: (g) =>
    g.institution === 'logement_social' || g.institution === 'cheque_energie' || sub(g, 'logement'),
  // Web skills rather than a procedure: e-mail, FranceConnect, staying safe online.
  internet: (g) =>
    (g.subThemes ?? []).length === 0 && theme(g, 'email', 'navigation_sur_internet', 'securite_numerique'),
};

export function guidesOfTile(tile: TileId, guides: readonly Guide[]): Guide[] {
  return guides.filter(RULES[tile]);
}

/** The first tile a guide sits in (its theme's pictogram on a search result card). */
export function tileOfGuide(guide: Guide): TileId | undefined {
  return TILE_IDS.find((tile) => RULES[tile](guide));
}

/** The tiles that have at least one guide, in the order of TILE_IDS. */
export function visibleTiles(guides: readonly Guide[]): TileId[] {
  return TILE_IDS.filter((tile) => guides.some(RULES[tile]));
}

export function isTileId(id: string): id is TileId {
  return (TILE_IDS as readonly string[]).includes(id);
}
