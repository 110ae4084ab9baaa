// One outing (permanence / sortie), its encounters and its review.
import { api } from '../api';
import { yesNo } from '../components/fields';
import { ErrorMessage, Loading } from '../components/Messages';
import { Page } from '../components/Page';
import { ReviewBadge } from '../components/ReviewBadge';
import { ReviewForm } from '../components/ReviewForm';
import { RowsTable } from '../components/RowsTable';
import { useResource } from '../components/useResource';
import { formatDateTime, label, t } from '../i18n';
import { BASE } from '../router';
import type { OutingDetail as Detail } from '../types';

export function OutingDetail({ params }: { params: string[] }) {
  const id = params[0] ?? '';
  const res = useResource(() => api.get<Detail>(`outings/${encodeURIComponent(id)}`), id);
  const o = res.data?.outing;
  return (
    <Page title={t('coord.outing.title')}>
      <p>
        <a href={`${BASE}/enregistrements?vue=sorties`}>{t('coord.outing.back')}</a>
      </p>
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {res.data && o && (
        <>
          <dl class="details">
            <dt>{t('coord.records.place')}</dt>
            <dd>
              {o.placeLabel} – {label('placeKind', o.placeKind)}
            </dd>
            <dt>{t('coord.records.neighbourhood')}</dt>
            <dd>{o.neighbourhood}</dd>
            <dt>{t('coord.filter.qpv')}</dt>
            <dd>{yesNo(o.qpv)}</dd>
            <dt>{t('coord.records.commune')}</dt>
            <dd>{o.commune || t('coord.none')}</dd>
            <dt>{t('coord.records.started')}</dt>
            <dd>{formatDateTime(o.startedAt)}</dd>
            <dt>{t('coord.records.ended')}</dt>
            <dd>{formatDateTime(o.endedAt)}</dd>
            <dt>{t('coord.filter.centre')}</dt>
            <dd>{o.centreName}</dd>
            <dt>{t('coord.filter.agent')}</dt>
            <dd>{o.agentName ?? t('coord.none')}</dd>
          </dl>
          <RowsTable
            id="outing-encounters"
            caption={t('coord.outing.encounters', { n: res.data.encounters.length })}
            rows={res.data.encounters}
            columns={[
              {
                head: t('coord.records.date'),
                cell: (e) => <a href={`${BASE}/enregistrements/${e.id}`}>{formatDateTime(e.createdAt)}</a>,
              },
              { head: t('coord.filter.type'), cell: (e) => label('type', e.type) },
              {
                head: t('coord.records.themes'),
                cell: (e) => e.themes.map((x) => label('theme', x)).join(', ') || t('coord.none'),
              },
              { head: t('coord.filter.review'), cell: (e) => <ReviewBadge state={e.reviewState} /> },
            ]}
          />
          <ReviewForm recordId={o.id} review={res.data.review} />
        </>
      )}
    </Page>
  );
}
