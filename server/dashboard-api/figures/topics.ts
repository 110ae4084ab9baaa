// What people came for and what was done: themes, démarche sub-themes, institutions, actions, and
// re-orientations by redirection kind and partner (each orientation action counts once), from the
// record_values the database summed (encounter-sums.ts).
import {
  ACTION_KINDS,
  AUTONOMY,
  DEMARCHE_SUBTHEMES,
  INSTITUTIONS,
  REDIRECTION_KINDS,
  THEMES,
} from '../../../src/shared/taxonomy';
import { add, zeros } from './counts';
import type { EncounterSums } from './encounter-sums';

/** Counts of one record_values kind over a taxonomy (unknown ids are not invented). */
export function countsOf<K extends string>(
  s: Pick<EncounterSums, 'values'>,
  kind: string,
  ids: readonly K[],
) {
  const counts = zeros(ids);
  for (const [value, n] of s.values.get(kind) ?? []) add(counts, value, n);
  return counts;
}

export function topics(s: EncounterSums) {
  return {
    themes: countsOf(s, 'theme', THEMES),
    subThemes: countsOf(s, 'sub_theme', DEMARCHE_SUBTHEMES),
    institutions: countsOf(s, 'institution', INSTITUTIONS),
    actions: countsOf(s, 'action', ACTION_KINDS),
  };
}

export function orientations(s: EncounterSums, partnerNames: ReadonlyMap<string, string>) {
  const byRedirectionKind = countsOf(s, 'orientation', REDIRECTION_KINDS);
  let total = 0;
  for (const n of s.values.get('orientation')?.values() ?? []) total += n;
  return {
    total,
    byRedirectionKind,
    byPartner: [...(s.values.get('orientation_partner') ?? [])]
      .map(([partnerId, count]) => ({ partnerId, name: partnerNames.get(partnerId) ?? partnerId, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'fr')),
  };
}

/** Autonomy per encounter, "non communiqué" when the agent did not say. */
export function autonomy(s: EncounterSums) {
  const counts = zeros([...AUTONOMY, 'non_communique'] as const);
  for (const [value, n] of s.autonomy) add(counts, value ?? 'non_communique', n);
  return counts;
}
