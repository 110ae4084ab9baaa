// The filter form shared by records, figures and exports. Applied filters live in the URL, so a
// reload or a shared link shows the same list. The period applies at once (a quick period, or a
// whole day typed in « Du » or « Au »), so the figures and every download always use the period
// shown; the other filters apply on « Appliquer ».
import { useEffect, useState } from 'preact/hooks';
import { ACTION_KINDS, ENCOUNTER_TYPES, INSTITUTIONS, PLACE_KINDS, THEMES } from '../../shared/taxonomy';
import { api } from '../api';
import { type CoordKey, label, t } from '../i18n';
import { currentMonth, currentYear, isDay, previousMonth } from '../period';
import { route, setQuery } from '../router';
import { session } from '../session';
import { type Option, SelectField, TextField, taxonomyOptions } from './fields';

export type FilterKey =
  | 'centre'
  | 'territory'
  | 'agent'
  | 'placeKind'
  | 'theme'
  | 'institution'
  | 'action'
  | 'partner'
  | 'type'
  | 'review'
  | 'qpv';

/** The applied filters: the URL's, with the current month when no period is given. */
export function appliedFilters(): Record<string, string> {
  const query = route.value.query;
  const month = currentMonth();
  const out: Record<string, string> = { from: month.from, to: month.to };
  for (const [key, value] of query) if (value) out[key] = value;
  return out;
}

const LABELS: Record<FilterKey, CoordKey> = {
  centre: 'coord.filter.centre',
  territory: 'coord.filter.territory',
  agent: 'coord.filter.agent',
  placeKind: 'coord.filter.placeKind',
  theme: 'coord.filter.theme',
  institution: 'coord.filter.institution',
  action: 'coord.filter.action',
  partner: 'coord.filter.partner',
  type: 'coord.filter.type',
  review: 'coord.filter.review',
  qpv: 'coord.filter.qpv',
};

function useRemoteOptions(path: string, enabled: boolean, toOption: (item: never) => Option): Option[] {
  const [options, setOptions] = useState<Option[]>([]);
  // toOption is a pure mapping: only the path and the switch matter.
  useEffect(() => {
    if (!enabled) return;
    api.get<{ items: never[] }>(path).then(
      (res) => setOptions(res.items.map(toOption)),
      () => setOptions([]), // A filter without its list still works; the others stay usable.
    );
  }, [path, enabled]);
  return options;
}

export function Filters({ fields, id = 'f' }: { fields: FilterKey[]; id?: string }) {
  const applied = appliedFilters();
  const [draft, setDraft] = useState<Record<string, string>>(applied);
  const queryKey = route.value.query.toString();
  // The form shows the applied filters again whenever the URL changes.
  useEffect(() => setDraft(appliedFilters()), [queryKey]);
  const set = (key: string) => (value: string) => setDraft((d) => ({ ...d, [key]: value }));
  const s = session.value;
  const agents = useRemoteOptions(
    draft.centre ? `agents?centre=${encodeURIComponent(draft.centre)}` : 'agents',
    fields.includes('agent'),
    (a: { id: string; displayName: string }) => [a.id, a.displayName],
  );
  const partners = useRemoteOptions(
    'partners',
    fields.includes('partner'),
    (p: { id: string; name: string }) => [p.id, p.name],
  );

  const options: Record<FilterKey, Option[]> = {
    centre: (s?.centres ?? []).map((c) => [c.id, c.name]),
    territory: (s?.territories ?? []).map((x) => [x.id, x.name]),
    agent: agents,
    placeKind: taxonomyOptions(PLACE_KINDS, (v) => label('placeKind', v)),
    theme: taxonomyOptions(THEMES, (v) => label('theme', v)),
    institution: taxonomyOptions(INSTITUTIONS, (v) => label('institution', v)),
    action: taxonomyOptions(ACTION_KINDS, (v) => label('action', v)),
    partner: partners,
    type: taxonomyOptions(ENCOUNTER_TYPES, (v) => label('type', v)),
    review: taxonomyOptions(['recu', 'a_verifier', 'valide'], (v) => label('review', v)),
    qpv: [
      ['oui', t('coord.yes')],
      ['non', t('coord.no')],
    ],
  };

  // A coordinator of one centre has nothing to choose between: no centre or territory list.
  const visible = fields.filter(
    (key) => !((key === 'centre' || key === 'territory') && options[key].length <= 1),
  );

  const apply = (event: Event) => {
    event.preventDefault();
    const values: Record<string, string | undefined> = { page: undefined, curseur: undefined };
    for (const key of ['from', 'to', ...fields]) values[key] = draft[key] || undefined;
    setQuery(values);
  };
  /** Applies the form as it is, with `patch` on top (the period, at once). */
  const applyNow = (patch: Record<string, string>) => {
    const next = { ...draft, ...patch };
    setDraft(next);
    const values: Record<string, string | undefined> = { page: undefined, curseur: undefined };
    for (const key of ['from', 'to', ...fields]) values[key] = next[key] || undefined;
    setQuery(values);
  };
  const period = (p: { from: string; to: string }) => applyNow(p);
  /** A whole day typed in a period field applies at once; a half-typed one waits. */
  const setDay = (key: 'from' | 'to') => (value: string) => {
    if (isDay(value)) applyNow({ [key]: value });
    else setDraft((d) => ({ ...d, [key]: value }));
  };
  const clear = () => {
    const values: Record<string, string | undefined> = {
      page: undefined,
      curseur: undefined,
      from: undefined,
      to: undefined,
    };
    for (const key of fields) values[key] = undefined;
    setQuery(values);
  };

  return (
    <form class="filters" onSubmit={apply} aria-label={t('coord.filter.title')}>
      <TextField
        id={`${id}-from`}
        label={t('coord.filter.from')}
        type="date"
        value={draft.from ?? ''}
        onInput={setDay('from')}
      />
      <TextField
        id={`${id}-to`}
        label={t('coord.filter.to')}
        type="date"
        value={draft.to ?? ''}
        onInput={setDay('to')}
      />
      {visible.map((key) => (
        <SelectField
          key={key}
          id={`${id}-${key}`}
          label={t(LABELS[key])}
          value={draft[key] ?? ''}
          options={options[key]}
          any={t('coord.all')}
          onChange={set(key)}
        />
      ))}
      <div class="filters-actions">
        <button type="button" onClick={() => period(currentMonth())}>
          {t('coord.filter.thisMonth')}
        </button>
        <button type="button" onClick={() => period(previousMonth())}>
          {t('coord.filter.lastMonth')}
        </button>
        <button type="button" onClick={() => period(currentYear())}>
          {t('coord.filter.thisYear')}
        </button>
        <button type="submit" class="button-primary">
          {t('coord.apply')}
        </button>
        <button type="button" onClick={clear}>
          {t('coord.reset')}
        </button>
      </div>
    </form>
  );
}

/** The applied filters as API query parameters (only the given keys, plus the period). */
export function filterQuery(fields: readonly string[]): Record<string, string | undefined> {
  const applied = appliedFilters();
  const out: Record<string, string | undefined> = { from: applied.from, to: applied.to };
  for (const key of fields) out[key] = applied[key];
  return out;
}
