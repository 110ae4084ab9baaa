// What people came for and what was done: themes, démarche sub-themes, institutions, actions, and
// re-orientations by redirection kind and partner (each orientation action counts once).
import type { Encounter } from '../../../src/shared/records';
import {
  ACTION_KINDS,
  AUTONOMY,
  DEMARCHE_SUBTHEMES,
  INSTITUTIONS,
  REDIRECTION_KINDS,
  THEMES,
} from '../../../src/shared/taxonomy';
import { add, addEach, zeros } from './counts';

export function topics(encounters: readonly Encounter[]) {
  const themes = zeros(THEMES);
  const subThemes = zeros(DEMARCHE_SUBTHEMES);
  const institutions = zeros(INSTITUTIONS);
  const actions = zeros(ACTION_KINDS);
  for (const e of encounters) {
    addEach(themes, e.themes);
    addEach(subThemes, e.subThemes);
    addEach(institutions, e.institutions);
    addEach(
      actions,
      e.actions.map((a) => a.kind),
    );
  }
  return { themes, subThemes, institutions, actions };
}

export function orientations(encounters: readonly Encounter[], partnerNames: ReadonlyMap<string, string>) {
  const byRedirectionKind = zeros(REDIRECTION_KINDS);
  const byPartner = new Map<string, number>();
  let total = 0;
  for (const e of encounters) {
    for (const a of e.actions) {
      if (a.kind !== 'orientation') continue;
      total++;
      add(byRedirectionKind, a.redirectionKind);
      if (a.partnerId) byPartner.set(a.partnerId, (byPartner.get(a.partnerId) ?? 0) + 1);
    }
  }
  return {
    total,
    byRedirectionKind,
    byPartner: [...byPartner.entries()]
      .map(([partnerId, count]) => ({ partnerId, name: partnerNames.get(partnerId) ?? partnerId, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'fr')),
  };
}

/** Autonomy per encounter, "non communiqué" when the agent did not say. */
export function autonomy(encounters: readonly Encounter[]) {
  const counts = zeros([...AUTONOMY, 'non_communique'] as const);
  for (const e of encounters) add(counts, e.autonomy ?? 'non_communique');
  return counts;
}
