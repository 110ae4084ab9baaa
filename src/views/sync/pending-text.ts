// « 2 rencontres et 7 traces anonymes de la borne attendent l’envoi au centre. »: each kind with the
// plural its language asks for (Arabic has six forms: Intl.PluralRules picks the one), joined as
// the language joins lists (Intl.ListFormat).
import { LOCALE_TAGS, type MessageKey, t } from '../../i18n';
import '../../i18n/team';
import type { Language } from '../../shared/taxonomy';
import type { PendingKinds } from '../../sync/pending-kinds';

type Form = 'one' | 'two' | 'few' | 'many' | 'other';

function form(n: number, lang: Language): Form {
  const category = new Intl.PluralRules(LOCALE_TAGS[lang]).select(n);
  return category === 'zero' ? 'other' : category;
}

const KINDS = ['encounters', 'kiosk', 'other'] as const;

export function pendingSentence(kinds: PendingKinds, lang: Language): string {
  const parts = KINDS.filter((k) => kinds[k] > 0).map((k) =>
    t(`field.sync.${k}.${form(kinds[k], lang)}` as MessageKey, { n: kinds[k] }, lang),
  );
  if (parts.length === 0) return t('sync.pending.none', undefined, lang);
  const list = new Intl.ListFormat(LOCALE_TAGS[lang], { type: 'conjunction' }).format(parts);
  const total = kinds.encounters + kinds.kiosk + kinds.other;
  return t(total === 1 ? 'field.sync.waiting.one' : 'field.sync.waiting.other', { list }, lang);
}
