// One catalogue of the words for the data model's ids, used by the tablet, the dashboard and the
// exports. Two registers: `plain` is what the tablet shows (« Emploi »), `official` is what the
// dashboard and the exports print (« Insertion professionnelle », La Coop's wording), and the
// official one falls back to the plain one wherever official.ts says nothing.
import type { Language } from '../taxonomy';
import type { LabelGroup, LabelIds, Labels, OfficialLabels } from './groups';
import { officialAr, officialEn, officialFr } from './official';
import { plainAr } from './plain-ar';
import { plainEn } from './plain-en';
import { plainFr } from './plain-fr';

export type { LabelGroup, LabelIds, Labels } from './groups';
export type Register = 'plain' | 'official';

const PLAIN: Record<Language, Labels> = { fr: plainFr, en: plainEn, ar: plainAr };
const OFFICIAL: Record<Language, OfficialLabels> = { fr: officialFr, en: officialEn, ar: officialAr };

/** The words for `id` of `group`; an id no list knows (never for a validated record) comes back as it is. */
export function idLabel(group: LabelGroup, id: string, lang: Language, register: Register = 'plain'): string {
  const official =
    register === 'official' ? (OFFICIAL[lang][group] as Record<string, string> | undefined) : undefined;
  const plain = PLAIN[lang][group] as Record<string, string>;
  return official?.[id] ?? plain[id] ?? (PLAIN.fr[group] as Record<string, string>)[id] ?? id;
}

/** Every label of a group in one language and register (for message catalogues and tile lists). */
export function groupLabels<G extends LabelGroup>(
  group: G,
  lang: Language,
  register: Register = 'plain',
): Record<LabelIds[G], string> {
  return {
    ...PLAIN[lang][group],
    ...(register === 'official' ? OFFICIAL[lang][group] : undefined),
  } as Record<LabelIds[G], string>;
}

/** `{ marche: 'Marché' }` as `{ 'agent.place.marche': 'Marché' }`, typed, for t() catalogues. */
export function prefixed<P extends string, K extends string>(
  prefix: P,
  labels: Record<K, string>,
): Record<`${P}.${K}`, string> {
  const out = {} as Record<`${P}.${K}`, string>;
  for (const [id, text] of Object.entries(labels) as [K, string][]) out[`${prefix}.${id}`] = text;
  return out;
}
