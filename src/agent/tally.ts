// Today's figures, computed from the encounters themselves (never stored apart, so they cannot
// drift): encounters, people reached, themes, orientations, sign-ups, contacts still waiting for
// sync. No personal data goes in or out.
import type { Encounter } from '../shared/records';
import type { Theme } from '../shared/taxonomy';

export interface Tally {
  encounters: number;
  /** individuel 1, collectif its participant count, information 1. */
  people: number;
  themes: Partial<Record<Theme, number>>;
  orientations: number;
  signups: number;
  contactsPending: number;
}

export function peopleReached(e: Pick<Encounter, 'type' | 'participants'>): number {
  return e.type === 'collectif' ? Math.max(1, e.participants?.count ?? 1) : 1;
}

/**
 * @param pendingContactIds contacts still in the outbox; with `scopeContacts` only those linked to
 *   these encounters count (the outing's tally), otherwise all of them (the day's).
 */
export function tally(
  encounters: readonly Encounter[],
  pendingContactIds: ReadonlySet<string>,
  scopeContacts = false,
): Tally {
  const out: Tally = {
    encounters: encounters.length,
    people: 0,
    themes: {},
    orientations: 0,
    signups: 0,
    contactsPending: 0,
  };
  const linked = new Set<string>();
  for (const e of encounters) {
    out.people += peopleReached(e);
    for (const theme of e.themes) out.themes[theme] = (out.themes[theme] ?? 0) + 1;
    if (e.actions.some((a) => a.kind === 'orientation')) out.orientations++;
    out.signups += e.actions.filter((a) => a.kind === 'inscription_activite').length;
    if (e.contactId) linked.add(e.contactId);
  }
  out.contactsPending = scopeContacts
    ? [...linked].filter((id) => pendingContactIds.has(id)).length
    : pendingContactIds.size;
  return out;
}

/** The themes of a tally, most frequent first (ties in the taxonomy's order). */
export function topThemes(t: Tally): [Theme, number][] {
  return (Object.entries(t.themes) as [Theme, number][]).sort((a, b) => b[1] - a[1]);
}

/** Start and end of the local day of `now`, as ISO strings comparable with createdAt. */
export function dayRange(now: Date): [string, string] {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return [start.toISOString(), end.toISOString()];
}
