// « Où aller ? »: the partners directory the tablet pulled (src/db partners), searched by what a
// resident needs and by commune. Needs are grouped in the resident's words, not the taxonomy's;
// a partner may answer several needs.
import { foldText } from '../content/text-fold';
import type { Partner } from '../shared/reference';

export const NEEDS = ['demarches', 'social', 'emploi', 'numerique', 'sante', 'famille'] as const;
export type Need = (typeof NEEDS)[number];

const RULES: Record<Need, (p: Partner) => boolean> = {
  demarches: (p) =>
    p.redirectionKind === 'administration' ||
    p.redirectionKind === 'aide_aux_demarches_administratives' ||
    p.themes.includes('aide_aux_demarches_administratives'),
  social: (p) => p.redirectionKind === 'aide_sociale',
  emploi: (p) =>
    p.redirectionKind === 'insertion_professionnelle' || p.themes.includes('insertion_professionnelle'),
  numerique: (p) =>
    p.redirectionKind === 'mediation_numerique' ||
    p.themes.some((t) => t === 'culture_numerique' || t === 'prendre_en_main_du_materiel'),
  sante: (p) => p.themes.includes('sante'),
  famille: (p) => p.themes.some((t) => t === 'parentalite' || t === 'scolarite_et_numerique'),
};

export function partnerNeeds(p: Partner): Need[] {
  return NEEDS.filter((n) => RULES[n](p));
}

/** The partner's commune: its own field, or the town after the postcode of its address. */
export function partnerCommune(p: Partner): string | undefined {
  if (p.commune) return p.commune;
  const m = /\b\d{5}\s+([^,\d][^,]*)$/.exec(p.address ?? '');
  return m?.[1]?.trim() || undefined;
}

/** Communes present in the directory, sorted the French way. */
export function communes(partners: readonly Partner[]): string[] {
  const set = new Set(partners.map(partnerCommune).filter((c): c is string => !!c));
  return [...set].sort((a, b) => a.localeCompare(b, 'fr'));
}

export interface PartnerFilter {
  need?: Need;
  commune?: string;
  /** Words of a name or institution (« CAF », « CCAS »…), accent- and case-insensitive. */
  text?: string;
}

export function findPartners(partners: readonly Partner[], f: PartnerFilter): Partner[] {
  const words = foldText(f.text ?? '')
    .split(/\s+/)
    .filter(Boolean);
  return partners
    .filter((p) => !f.need || RULES[f.need](p))
    .filter((p) => !f.commune || partnerCommune(p) === f.commune)
    .filter((p) => {
      if (!words.length) return true;
      const hay = foldText(`${p.name} ${p.label ?? ''} ${partnerCommune(p) ?? ''}`);
      return words.every((w) => hay.includes(w));
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
