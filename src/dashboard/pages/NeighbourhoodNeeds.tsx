// The needs beyond the digital and « À la maison » by neighbourhood (issue 11 points 4, 5), on the
// coverage page: two tables of encounter counts as the server protected them (« moins de 5 »), and
// their downloads. No name anywhere: the building hall's « diagnostic » for the landlord or the town.
import type { NeighbourhoodNeeds as Data } from '../../shared/dashboard-api/neighbourhoods';
import { isSmallCell, type PeopleCell, SMALL_CELL_TEXT } from '../../shared/small-cells';
import { HOME_EQUIPMENT, NEEDS, YES_NO_UNKNOWN } from '../../shared/taxonomy';
import { API, api, withQuery } from '../api';
import { ErrorMessage, InfoMessage, Loading } from '../components/Messages';
import { ScrollRegion } from '../components/ScrollRegion';
import { useResource } from '../components/useResource';
import { formatNumber, label, lang, t } from '../i18n';

function Cell({ value }: { value: PeopleCell }) {
  return <td class="num">{isSmallCell(value) ? SMALL_CELL_TEXT[lang.value] : formatNumber(value)}</td>;
}

export function NeighbourhoodNeeds({ query }: { query: Record<string, string | undefined> }) {
  const res = useResource(() => api.get<Data>('figures/neighbourhoods', query), JSON.stringify(query));
  const rows = res.data?.rows ?? [];
  const name = (n: string | null) => n ?? t('coord.needs.noNeighbourhood');
  const link = (file: string, text: string) => (
    <a class="button" href={withQuery(`${API}/exports/${file}`, query)} download>
      {text}
    </a>
  );
  return (
    <section aria-labelledby="needs-title" data-testid="neighbourhood-needs">
      <h2 id="needs-title">{t('coord.needs.title')}</h2>
      <p>{t('coord.needs.intro')}</p>
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {res.data && rows.length === 0 && <InfoMessage>{t('coord.needs.empty')}</InfoMessage>}
      {rows.length > 0 && (
        <>
          <ScrollRegion labelledBy="needs-caption">
            <table data-testid="needs-table">
              <caption id="needs-caption">{t('coord.needs.needsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('coord.plan.neighbourhood')}</th>
                  <th scope="col" class="num">
                    {t('coord.needs.encounters')}
                  </th>
                  {NEEDS.map((n) => (
                    <th key={n} scope="col" class="num">
                      {label('need', n)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.neighbourhood ?? ''} data-testid="needs-row">
                    <th scope="row">{name(r.neighbourhood)}</th>
                    <Cell value={r.encounters} />
                    {NEEDS.map((n) => (
                      <Cell key={n} value={r.needs[n]} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <ScrollRegion labelledBy="at-home-caption">
            <table data-testid="at-home-table">
              <caption id="at-home-caption">{t('coord.needs.atHomeCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('coord.plan.neighbourhood')}</th>
                  {HOME_EQUIPMENT.flatMap((item) =>
                    YES_NO_UNKNOWN.map((a) => (
                      <th key={`${item}-${a}`} scope="col" class="num">
                        {t('coord.needs.answer', {
                          item: label('homeEquipment', item),
                          answer: label('ouiNon', a),
                        })}
                      </th>
                    )),
                  )}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.neighbourhood ?? ''} data-testid="at-home-row">
                    <th scope="row">{name(r.neighbourhood)}</th>
                    {HOME_EQUIPMENT.flatMap((item) =>
                      YES_NO_UNKNOWN.map((a) => <Cell key={`${item}-${a}`} value={r.atHome[item][a]} />),
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        </>
      )}
      <p class="row">
        {link('besoins-quartiers.csv', t('coord.needs.csv'))}
        {link('besoins-quartiers.xlsx', t('coord.needs.xlsx'))}
        {link('equipement-maison.csv', t('coord.needs.homeCsv'))}
        {link('equipement-maison.xlsx', t('coord.needs.homeXlsx'))}
      </p>
    </section>
  );
}
