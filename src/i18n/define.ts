import type { Language } from '../shared/taxonomy';

/**
 * One area's messages in the three languages. French is the reference: English and Arabic must
 * have exactly the same keys, which the type checker enforces.
 */
export function defineMessages<K extends string>(m: {
  fr: Record<K, string>;
  en: NoInfer<Record<K, string>>;
  ar: NoInfer<Record<K, string>>;
}): Record<Language, Record<K, string>> {
  return m;
}
