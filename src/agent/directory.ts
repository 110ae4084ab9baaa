// Searching the offline lists of the encounter form: the partner directory (by theme and name)
// and the guides (by title). Accent- and case-insensitive; every typed word must match.
import { foldText } from '../content/text-fold';
import type { Partner } from '../shared/reference';
import type { Institution, RedirectionKind, Theme } from '../shared/taxonomy';

function words(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

function matchesAll(haystack: string, needles: string[]): boolean {
  const folded = foldText(haystack);
  return needles.every((w) => folded.includes(w));
}

export interface PartnerQuery {
  text: string;
  theme?: Theme;
  redirectionKind?: RedirectionKind;
}

/** Partners matching the query; those of the chosen redirection kind first, then by name. */
export function searchPartners(partners: readonly Partner[], q: PartnerQuery): Partner[] {
  const needles = words(q.text);
  return partners
    .filter((p) => !q.theme || p.themes.includes(q.theme))
    .filter((p) => !needles.length || matchesAll(`${p.name} ${p.label ?? ''}`, needles))
    .sort((a, b) => {
      const ka = a.redirectionKind === q.redirectionKind ? 0 : 1;
      const kb = b.redirectionKind === q.redirectionKind ? 0 : 1;
      return ka - kb || a.name.localeCompare(b.name, 'fr');
    });
}

export interface GuideChoice {
  id: string;
  title: string;
  institution: Institution;
  themes: Theme[];
}

/** Guides matching the typed words; those of the encounter's themes or institutions first. */
export function searchGuides(
  guides: readonly GuideChoice[],
  text: string,
  context: { themes: readonly Theme[]; institutions: readonly Institution[] },
): GuideChoice[] {
  const needles = words(text);
  const relevant = (g: GuideChoice) =>
    context.institutions.includes(g.institution) || g.themes.some((th) => context.themes.includes(th))
      ? 0
      : 1;
  return guides
    .filter((g) => !needles.length || matchesAll(`${g.title} ${g.id}`, needles))
    .sort((a, b) => relevant(a) - relevant(b) || a.title.localeCompare(b.title, 'fr'));
}
