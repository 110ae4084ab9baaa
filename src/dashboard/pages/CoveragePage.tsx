// Coverage (issue 11): each priority neighbourhood of the centre's list, its last visit, the planned
// permanences held vs planned, people met per hour of permanence, and those nobody visited for
// 30 days — as a table and a chart (no map: no offline tiles without a third-party service).
import type { Coverage } from '../../shared/dashboard-api/coverage';
import { isSmallCell } from '../../shared/small-cells';
import { api } from '../api';
import { Filters, filterQuery } from '../components/Filters';
import { ErrorMessage, InfoMessage, Loading } from '../components/Messages';
import { Page } from '../components/Page';
import { ScrollRegion } from '../components/ScrollRegion';
import { useResource } from '../components/useResource';
import { FigureBlock } from '../figures/FigureBlock';
import { formatCell, formatDate, formatNumber, t } from '../i18n';
import { dayText } from '../period';
import { NeighbourhoodList } from './NeighbourhoodList';
import { NeighbourhoodNeeds } from './NeighbourhoodNeeds';

export function CoveragePage() {
  const query = filterQuery(['centre', 'territory']);
  const res = useResource(() => api.get<Coverage>('coverage', query), JSON.stringify(query));
  const c = res.data;
  const several = (c?.centreIds.length ?? 0) > 1;
  const lateRows = c?.rows.filter((r) => r.notVisited) ?? [];
  return (
    <Page title={t('coord.coverage.title')}>
      <p>{t('coord.coverage.intro')}</p>
      <Filters fields={['centre', 'territory']} id="cov" />
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {c && (
        <p>
          <strong>{t('coord.period', { from: dayText(c.period.from), to: dayText(c.period.to) })}</strong>
        </p>
      )}
      {c && c.rows.length === 0 && <InfoMessage>{t('coord.coverage.noList')}</InfoMessage>}
      {c && c.rows.length > 0 && (
        <>
          <InfoMessage>
            <span data-testid="coverage-late">
              {lateRows.length === 0
                ? t('coord.coverage.allVisited', { days: c.notVisitedDays })
                : t('coord.coverage.late', {
                    days: c.notVisitedDays,
                    names: lateRows.map((r) => r.neighbourhood).join(', '),
                  })}
            </span>
          </InfoMessage>
          <ScrollRegion labelledBy="coverage-caption">
            <table data-testid="coverage-table">
              <caption id="coverage-caption">{t('coord.coverage.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('coord.plan.neighbourhood')}</th>
                  {several && <th scope="col">{t('coord.filter.centre')}</th>}
                  <th scope="col">{t('coord.coverage.lastVisit')}</th>
                  <th scope="col" class="num">
                    {t('coord.coverage.heldPlanned')}
                  </th>
                  <th scope="col" class="num">
                    {t('coord.coverage.outings')}
                  </th>
                  <th scope="col" class="num">
                    {t('coord.coverage.hours')}
                  </th>
                  <th scope="col" class="num">
                    {t('coord.coverage.people')}
                  </th>
                  <th scope="col" class="num">
                    {t('coord.coverage.perHour')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {c.rows.map((r) => (
                  <tr key={`${r.centreId}-${r.neighbourhood}`} data-testid="coverage-row">
                    <th scope="row">{r.neighbourhood}</th>
                    {several && <td>{r.centreId}</td>}
                    <td>
                      {r.lastVisitAt
                        ? t('coord.coverage.visitedOn', {
                            date: formatDate(r.lastVisitAt),
                            n: r.daysSinceLastVisit ?? 0,
                          })
                        : t('coord.coverage.never')}
                      {r.notVisited && (
                        <>
                          {' '}
                          <strong class="badge badge-warn">
                            {t('coord.coverage.flag', { days: c.notVisitedDays })}
                          </strong>
                        </>
                      )}
                    </td>
                    <td class="num">{t('coord.coverage.heldOf', { held: r.held, planned: r.planned })}</td>
                    <td class="num">{formatNumber(r.outings)}</td>
                    <td class="num">{formatNumber(r.hours, 2)}</td>
                    <td class="num">{formatCell(r.peopleMet)}</td>
                    <td class="num">
                      {r.peoplePerHour === null
                        ? t('coord.none')
                        : isSmallCell(r.peoplePerHour)
                          ? formatCell(r.peoplePerHour)
                          : formatNumber(r.peoplePerHour, 2)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <FigureBlock
            id="coverage-days"
            title={t('coord.coverage.chartTitle')}
            valueHeader={t('coord.coverage.daysHeader')}
            horizontal
            rows={c.rows.map((r) => [r.neighbourhood, r.daysSinceLastVisit])}
            note={t('coord.coverage.chartNote')}
          />
        </>
      )}
      <NeighbourhoodNeeds query={query} />
      <NeighbourhoodList onSaved={res.reload} />
    </Page>
  );
}
