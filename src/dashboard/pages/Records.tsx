// Records: the encounters (default) or the outings of the period, filtered and paged.
import { api } from '../api';
import { appliedFilters, type FilterKey, Filters, filterQuery } from '../components/Filters';
import { ErrorMessage, InfoMessage, Loading } from '../components/Messages';
import { Page } from '../components/Page';
import { type Paged, Pager } from '../components/Pager';
import { ReviewBadge } from '../components/ReviewBadge';
import { type Column, RowsTable } from '../components/RowsTable';
import { useResource } from '../components/useResource';
import { formatDateTime, label, t } from '../i18n';
import { dayText } from '../period';
import { BASE, route, setQuery } from '../router';
import type { EncounterRow, OutingRow } from '../types';

const ENCOUNTER_FILTERS: FilterKey[] = [
  'centre',
  'territory',
  'agent',
  'placeKind',
  'theme',
  'institution',
  'action',
  'partner',
  'type',
  'review',
];
const OUTING_FILTERS: FilterKey[] = ['centre', 'territory', 'agent', 'placeKind', 'qpv'];

function Tabs({ outings }: { outings: boolean }) {
  return (
    <nav aria-label={t('coord.records.kind')} class="row">
      <a
        class={outings ? 'button' : 'button button-primary'}
        href={`${BASE}/enregistrements`}
        aria-current={outings ? undefined : 'page'}
      >
        {t('coord.records.encounters')}
      </a>
      <a
        class={outings ? 'button button-primary' : 'button'}
        href={`${BASE}/enregistrements?vue=sorties`}
        aria-current={outings ? 'page' : undefined}
      >
        {t('coord.records.outings')}
      </a>
    </nav>
  );
}

// Columns are built when a table renders, so their headers follow the chosen language.
const encounterColumns = (): Column<EncounterRow>[] => [
  {
    head: t('coord.records.date'),
    cell: (e) => <a href={`${BASE}/enregistrements/${e.id}`}>{formatDateTime(e.createdAt)}</a>,
  },
  { head: t('coord.filter.centre'), cell: (e) => e.centreName },
  { head: t('coord.filter.agent'), cell: (e) => e.agentName ?? t('coord.none') },
  {
    head: t('coord.filter.type'),
    cell: (e) => (
      <>
        {label('type', e.type)}
        {e.type === 'collectif' && e.participants ? ` (${e.participants.count})` : ''}
      </>
    ),
  },
  {
    head: t('coord.records.place'),
    cell: (e) =>
      e.outing ? `${e.outing.placeLabel} – ${label('placeKind', e.outing.placeKind)}` : t('coord.none'),
  },
  {
    head: t('coord.records.themes'),
    cell: (e) => e.themes.map((x) => label('theme', x)).join(', ') || t('coord.none'),
  },
  {
    head: t('coord.records.actions'),
    cell: (e) => e.actions.map((a) => label('action', a.kind)).join(', ') || t('coord.none'),
  },
  { head: t('coord.filter.review'), cell: (e) => <ReviewBadge state={e.reviewState} /> },
];

const outingColumns = (): Column<OutingRow>[] => [
  {
    head: t('coord.records.started'),
    cell: (o) => <a href={`${BASE}/sorties/${o.id}`}>{formatDateTime(o.startedAt)}</a>,
  },
  { head: t('coord.filter.centre'), cell: (o) => o.centreName },
  { head: t('coord.filter.agent'), cell: (o) => o.agentName ?? t('coord.none') },
  {
    head: t('coord.records.place'),
    cell: (o) => (
      <>
        {o.placeLabel} – {label('placeKind', o.placeKind)}
      </>
    ),
  },
  { head: t('coord.records.neighbourhood'), cell: (o) => o.neighbourhood },
  { head: t('coord.filter.qpv'), cell: (o) => (o.qpv ? t('coord.yes') : t('coord.no')) },
  { head: t('coord.records.encounterCount'), num: true, cell: (o) => o.encounterCount },
  { head: t('coord.filter.review'), cell: (o) => <ReviewBadge state={o.reviewState} /> },
];

export function Records() {
  const outings = route.value.query.get('vue') === 'sorties';
  const fields = outings ? OUTING_FILTERS : ENCOUNTER_FILTERS;
  const applied = appliedFilters();
  // The encounters move page to page by cursor (`curseur` in the address, so a page reloads and
  // « Précédent » of the browser works); the outings by page number.
  const cursor = outings ? undefined : route.value.query.get('curseur') || undefined;
  const query = { ...filterQuery(fields), page: applied.page, ...(cursor ? { cursor } : {}) };
  const path = outings ? 'outings' : 'encounters';
  const res = useResource(
    () => api.get<Paged<EncounterRow | OutingRow>>(path, query),
    `${path}?${JSON.stringify(query)}`,
  );
  const period = t('coord.period', { from: dayText(applied.from!), to: dayText(applied.to!) });
  const caption = `${outings ? t('coord.records.outings') : t('coord.records.encounters')} – ${period}`;
  return (
    <Page title={t('coord.nav.records')}>
      <Tabs outings={outings} />
      <Filters fields={fields} id={outings ? 'fo' : 'fe'} />
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {res.data && res.data.total === 0 && <InfoMessage>{t('coord.records.empty')}</InfoMessage>}
      {res.data && res.data.total > 0 && (
        <>
          {outings ? (
            <RowsTable
              id="outings"
              rows={res.data.items as OutingRow[]}
              caption={caption}
              columns={outingColumns()}
            />
          ) : (
            <RowsTable
              id="encounters"
              rows={res.data.items as EncounterRow[]}
              caption={caption}
              columns={encounterColumns()}
            />
          )}
          <Pager
            data={res.data}
            onPage={(page, next) =>
              setQuery(
                page > 1 ? { page: String(page), curseur: next } : { page: undefined, curseur: undefined },
                { push: true },
              )
            }
          />
        </>
      )}
    </Page>
  );
}
