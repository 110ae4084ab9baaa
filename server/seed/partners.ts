// The programme's partner directory (2019 evaluation, real names), mapped to DESIGN.md's
// redirection kinds and themes. The source only has a name, a theme label and a territory:
// the mapping below is ours and the entries carry `demo: true` for what was inferred.
import type { Partner } from '../../src/shared/reference';
import type { RedirectionKind, Theme } from '../../src/shared/taxonomy';

interface SourcePartner {
  name: string;
  theme: string;
  territory: string;
}

function classify(label: string): { redirectionKind: RedirectionKind; themes: Theme[] } {
  const l = label.toLowerCase();
  if (/administration|collectivit|démarche|demarche/.test(l))
    return { redirectionKind: 'administration', themes: ['aide_aux_demarches_administratives'] };
  if (/droit|social|insertion sociale|prévention|prevention/.test(l))
    return { redirectionKind: 'aide_sociale', themes: ['aide_aux_demarches_administratives'] };
  if (/emploi|formation|badge/.test(l))
    return { redirectionKind: 'insertion_professionnelle', themes: ['insertion_professionnelle'] };
  if (/num[ée]rique|permis web|acculturation|fab ?lab|tiers|co-working/.test(l))
    return {
      redirectionKind: 'mediation_numerique',
      themes: ['culture_numerique', 'prendre_en_main_du_materiel'],
    };
  if (/sant[ée]/.test(l)) return { redirectionKind: 'operateur_ou_organisme_en_charge', themes: ['sante'] };
  if (/education|parentalit/.test(l))
    return { redirectionKind: 'autre', themes: ['parentalite', 'scolarite_et_numerique'] };
  return { redirectionKind: 'autre', themes: [] };
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The commune a partner's name gives away (« CCAS de Lille », « Médiathèque de Fâches
 *  Thumesnil »), for the kiosk's « Où aller ? »; the source has no address. Demo data. */
const COMMUNES: [RegExp, string][] = [
  [/f[âa]ches|thumesnil/i, 'Faches-Thumesnil'],
  [/hellemmes/i, 'Lille-Hellemmes'],
  [/lille/i, 'Lille'],
  [/tourcoing/i, 'Tourcoing'],
  [/roubaix/i, 'Roubaix'],
  [/wattrelos/i, 'Wattrelos'],
];

export function communeOf(name: string): string | undefined {
  return COMMUNES.find(([re]) => re.test(name))?.[1];
}

export function mapPartners(source: SourcePartner[]): Partner[] {
  const seen = new Set<string>();
  const out: Partner[] = [];
  for (const p of source) {
    const id = `${p.territory}--${slug(p.name)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({
      id,
      territoryId: p.territory,
      name: p.name,
      ...classify(p.theme),
      ...(p.theme ? { label: p.theme } : {}),
      ...(communeOf(p.name) ? { commune: communeOf(p.name) } : {}),
      demo: true,
    });
  }
  return out;
}
