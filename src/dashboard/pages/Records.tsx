// Records: the encounters (default) or the outings of the period, filtered and paged.
import { api } from '../api';
import { appliedFilters, type FilterKey, Filters, filterQuery } from '../components/Filters';
import { ErrorMessage, InfoMessage, Loading } from '../components/Messages';
import { Page } from '../components/Page';
import { type Paged, Pager } from '../components/Pager';
import { ReviewBadge } from '../components/ReviewBadge';
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

function EncounterTable({ rows, caption }: { rows: EncounterRow[]; caption: string }) {
  return (
    <div class="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coord.records.date')}</th>
            <th scope="col">{t('coord.filter.centre')}</th>
            <th scope="col">{t('coord.filter.agent')}</th>
            <th scope="col">{t('coord.filter.type')}</th>
            <th scope="col">{t('coord.records.place')}</th>
            <th scope="col">{t('coord.records.themes')}</th>
            <th scope="col">{t('coord.records.actions')}</th>
            <th scope="col">{t('coord.filter.review')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id}>
              <td>
                <a href={`${BASE}/enregistrements/${e.id}`}>{formatDateTime(e.createdAt)}</a>
              </td>
              <td>{e.centreName}</td>
              <td>{e.agentName ?? t('coord.none')}</td>
              <td>
                {label('type', e.type)}
                {e.type === 'collectif' && e.participants ? ` (${e.participants.count})` : ''}
              </td>
              <td>
                {e.outing
                  ? `${e.outing.placeLabel} – ${label('placeKind', e.outing.placeKind)}`
                  : t('coord.none')}
              </td>
              <td>{e.themes.map((x) => label('theme', x)).join(', ') || t('coord.none')}</td>
              <td>{e.actions.map((a) => label('action', a.kind)).join(', ') || t('coord.none')}</td>
              <td>
                <ReviewBadge state={e.reviewState} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function OutingTable({ rows, caption }: { rows: OutingRow[]; caption: string }) {
  return (
    <div class="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coord.records.started')}</th>
            <th scope="col">{t('coord.filter.centre')}</th>
            <th scope="col">{t('coord.filter.agent')}</th>
            <th scope="col">{t('coord.records.place')}</th>
            <th scope="col">{t('coord.records.neighbourhood')}</th>
            <th scope="col">{t('coord.filter.qpv')}</th>
            <th scope="col" class="num">
              {t('coord.records.encounterCount')}
            </th>
            <th scope="col">{t('coord.filter.review')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id}>
              <td>
                <a href={`${BASE}/sorties/${o.id}`}>{formatDateTime(o.startedAt)}</a>
              </td>
              <td>{o.centreName}</td>
              <td>{o.agentName ?? t('coord.none')}</td>
              <td>
                {o.placeLabel} – {label('placeKind', o.placeKind)}
              </td>
              <td>{o.neighbourhood}</td>
              <td>{o.qpv ? t('coord.yes') : t('coord.no')}</td>
              <td class="num">{o.encounterCount}</td>
              <td>
                <ReviewBadge state={o.reviewState} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function Records() {
  const outings = route.value.query.get('vue') === 'sorties';
  const fields = outings ? OUTING_FILTERS : ENCOUNTER_FILTERS;
  const applied = appliedFilters();
  const query = { ...filterQuery(fields), page: applied.page };
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
            <OutingTable rows={res.data.items as OutingRow[]} caption={caption} />
          ) : (
            <EncounterTable rows={res.data.items as EncounterRow[]} caption={caption} />
          )}
          <Pager data={res.data} onPage={(page) => setQuery({ page: String(page) }, { push: true })} />
        </>
      )}
    </Page>
  );
}
