// Figures per period and centre/territory: charts and tables for CAF, FEDER and the centre, under
// headings a table of contents links to (the page is long).
import { api } from '../api';
import { Filters, filterQuery } from '../components/Filters';
import { ErrorMessage, InfoMessage, Loading } from '../components/Messages';
import { Page } from '../components/Page';
import { useResource } from '../components/useResource';
import {
  Accompaniments,
  Actions,
  FIGURE_SECTIONS,
  Kiosk,
  Needs,
  Outings,
  Profile,
  Survey,
} from '../figures/sections';
import type { Figures } from '../figures/types';
import { formatCell, formatNumber, t } from '../i18n';
import { dayText } from '../period';

export function FiguresPage() {
  const query = filterQuery(['centre', 'territory']);
  const res = useResource(() => api.get<Figures>('figures', query), JSON.stringify(query));
  const f = res.data;
  return (
    <Page title={t('coord.figures.title')}>
      <Filters fields={['centre', 'territory']} id="ff" />
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {f && (
        <p>
          <strong data-testid="period-shown">
            {t('coord.period', { from: dayText(f.period.from), to: dayText(f.period.to) })}
          </strong>
        </p>
      )}
      {f?.empty && (
        <InfoMessage>
          <span data-testid="figures-empty">{t('coord.figures.empty')}</span>
        </InfoMessage>
      )}
      {f && !f.empty && (
        <>
          <ul class="kpis" aria-label={t('coord.figures.summary')}>
            <li>
              <span class="kpi-value">{formatCell(f.accompaniments.total)}</span>
              {t('coord.figures.total')}
            </li>
            <li>
              <span class="kpi-value">{formatCell(f.people.reached)}</span>
              {t('coord.figures.reached')}
            </li>
            <li>
              <span class="kpi-value">{formatCell(f.people.firstTime)}</span>
              {t('coord.figures.firstTime')}
            </li>
            <li>
              <span class="kpi-value">{formatNumber(f.outings.total)}</span>
              {t('coord.records.outings')}
            </li>
            <li>
              <span class="kpi-value">{formatCell(f.orientations.total)}</span>
              {t('coord.figures.reorientations')}
            </li>
            {f.volunteers && (
              <li data-testid="kpi-volunteers">
                <span class="kpi-value">{formatCell(f.volunteers.accompaniments)}</span>
                {t('coord.figures.volunteers')}
              </li>
            )}
          </ul>
          <nav class="figures-toc card" aria-labelledby="figures-toc">
            <h2 id="figures-toc">{t('coord.figures.contents')}</h2>
            <ol>
              {FIGURE_SECTIONS.map(([id, key]) => (
                <li key={id}>
                  <a href={`#${id}`}>{t(key)}</a>
                </li>
              ))}
            </ol>
          </nav>
          <Accompaniments f={f} />
          <Outings f={f} />
          <Needs f={f} />
          <Actions f={f} />
          <Profile f={f} />
          <Kiosk f={f} />
          <Survey f={f} />
        </>
      )}
    </Page>
  );
}
