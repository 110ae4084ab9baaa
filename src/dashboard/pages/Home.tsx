// The dashboard's first page: what the coordinator has to do. This month beside last month, the
// follow-ups due, the records waiting in quarantine, the tablets that need attention, and the two
// reports funders ask for, one click away.

import type { PeopleCell } from '../../shared/small-cells';
import { api } from '../api';
import { ErrorMessage, Loading } from '../components/Messages';
import { Page } from '../components/Page';
import { ScrollRegion } from '../components/ScrollRegion';
import { useResource } from '../components/useResource';
import { type CoordKey, formatCell, formatNumber, t } from '../i18n';
import { currentYear, dayText, previousMonth } from '../period';
import { BASE } from '../router';

interface Month {
  period: { from: string; to: string };
  /** Counts of people: « moins de 5 » from 1 to 4 (the small-cell rule); outings are events. */
  accompaniments: PeopleCell;
  peopleReached: PeopleCell;
  outings: number;
  guidesOpened: PeopleCell;
}

interface HomeData {
  thisMonth: Month;
  lastMonth: Month;
  followUps: { due: number; overdue: number };
  quarantine: { waiting: number };
  tablets: {
    id: string;
    name: string;
    centreName: string;
    attention: { kind: string; params?: Record<string, string | number> }[];
  }[];
}

const ROWS: [keyof Omit<Month, 'period'>, CoordKey][] = [
  ['accompaniments', 'coord.home.accompaniments'],
  ['peopleReached', 'coord.home.peopleReached'],
  ['outings', 'coord.home.outings'],
  ['guidesOpened', 'coord.home.guidesOpened'],
];

/** One of the plural forms: none, one, many. */
function count(n: number, keys: [CoordKey, CoordKey, CoordKey]): string {
  return t(n === 0 ? keys[0] : n === 1 ? keys[1] : keys[2], { n: formatNumber(n) });
}

/** Why a tablet needs attention, in words; a reason this page does not know yet reads « à vérifier ». */
function attentionText(a: { kind: string; params?: Record<string, string | number> }): string {
  const key = `coord.home.attention.${a.kind}` as CoordKey;
  const text = t(key, a.params);
  return text === key ? t('coord.home.attention.other') : text;
}

export function Home() {
  const res = useResource(() => api.get<HomeData>('home'), 'home');
  const h = res.data;
  const last = previousMonth();
  const year = currentYear();
  return (
    <Page title={t('coord.home.title')}>
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      <nav aria-labelledby="home-reports" class="card">
        <h2 id="home-reports">{t('coord.home.reports')}</h2>
        <p class="row">
          <a class="button" href={`${BASE}/exports?from=${last.from}&to=${last.to}`}>
            {t('coord.home.cafLastMonth')}
          </a>
          <a class="button" href={`${BASE}/exports?from=${year.from}&to=${year.to}`}>
            {t('coord.home.feder')}
          </a>
        </p>
      </nav>
      {h && (
        <>
          <section aria-labelledby="home-todo" class="card" data-testid="home-todo">
            <h2 id="home-todo">{t('coord.home.todo')}</h2>
            <ul class="home-todo">
              <li>
                <a href={`${BASE}/suivis`}>
                  {count(h.followUps.due, [
                    'coord.home.followUps.none',
                    'coord.home.followUps.one',
                    'coord.home.followUps.many',
                  ])}
                </a>
                {h.followUps.overdue > 0 &&
                  ` ${t('coord.home.followUps.overdue', { n: h.followUps.overdue })}`}
              </li>
              <li>
                <a href={`${BASE}/a-corriger`}>
                  {count(h.quarantine.waiting, [
                    'coord.home.quarantine.none',
                    'coord.home.quarantine.one',
                    'coord.home.quarantine.many',
                  ])}
                </a>
              </li>
            </ul>
          </section>
          <section aria-labelledby="home-tablets" class="card" data-testid="home-tablets">
            <h2 id="home-tablets">{t('coord.home.tablets')}</h2>
            {h.tablets.length === 0 ? (
              <p>{t('coord.home.tablets.none')}</p>
            ) : (
              <ul>
                {h.tablets.map((tablet) => (
                  <li key={tablet.id}>
                    <a href={`${BASE}/admin/tablettes`}>{tablet.name}</a> ({tablet.centreName}) :{' '}
                    {tablet.attention.map(attentionText).join(' ; ')}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="home-month">
            <h2 id="home-month">{t('coord.home.month')}</h2>
            <ScrollRegion labelledBy="home-month-caption">
              <table data-testid="home-months">
                <caption id="home-month-caption" class="visually-hidden">
                  {t('coord.home.month')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('coord.figures.what')}</th>
                    <th scope="col" class="num">
                      {t('coord.home.thisMonth', { from: dayText(h.thisMonth.period.from) })}
                    </th>
                    <th scope="col" class="num">
                      {t('coord.home.lastMonth', { from: dayText(h.lastMonth.period.from) })}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {ROWS.map(([field, key]) => (
                    <tr key={field}>
                      <th scope="row">{t(key)}</th>
                      <td class="num">{formatCell(h.thisMonth[field])}</td>
                      <td class="num">{formatCell(h.lastMonth[field])}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollRegion>
            <p>
              <a href={`${BASE}/chiffres`}>{t('coord.home.allFigures')}</a>
            </p>
          </section>
        </>
      )}
    </Page>
  );
}
