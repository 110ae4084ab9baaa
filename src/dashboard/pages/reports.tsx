// The CAF "point relais numérique" summary and the EU (FEDER) indicators table, as the funders
// read them (API: /reports/caf and /reports/eu).
import type { CafReport, Cells, EuReport } from '../../shared/dashboard-api/figures';
import type { PeopleCell } from '../../shared/small-cells';
import { ScrollRegion } from '../components/ScrollRegion';
import { formatCell, label, t } from '../i18n';
import { CafHours } from './CafHours';
import { CellText } from './Outcomes';

export type { CafReport, EuReport };

/** The line of both reports for the people counted by their card. */
function CardLine({ id, value }: { id: string; value: PeopleCell }) {
  return (
    <p data-testid={id}>
      {t('coord.outcomes.cardLine')} :{' '}
      <strong>
        <CellText value={value} />
      </strong>
    </p>
  );
}

/** Counts of people arrive under the small-cell rule (« moins de 5 »); hours and minutes as numbers. */
export function TwoColumns({
  id,
  caption,
  rows,
}: {
  id: string;
  caption: string;
  rows: [string, PeopleCell][];
}) {
  return (
    <ScrollRegion labelledBy={`${id}-caption`}>
      <table data-testid={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coord.figures.what')}</th>
            <th scope="col" class="num">
              {t('coord.figures.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([l, n]) => (
            <tr key={l}>
              <th scope="row">{l}</th>
              <td class="num">{formatCell(n)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

const nonZero = (counts: Cells, group: string): [string, PeopleCell][] =>
  Object.entries(counts)
    .filter(([, n]) => n !== 0)
    .map(([id, n]) => [label(group, id), n]);

export function CafSummary({ r }: { r: CafReport }) {
  const a = r.accompaniments;
  return (
    <>
      <CardLine id="caf-cards" value={r.peopleWithCard} />
      <div class="figure-grid">
        <TwoColumns
          id="caf-accompaniments"
          caption={t('coord.exports.cafAccompaniments')}
          rows={[
            [t('coord.figures.total'), a.total],
            [label('type', 'individuel'), a.individuel],
            [label('type', 'collectif'), a.collectif],
            [t('coord.figures.participants'), a.collectifParticipants],
            [label('type', 'information'), a.information],
          ]}
        />
        <TwoColumns
          id="caf-visits"
          caption={t('coord.exports.cafVisits')}
          rows={[
            [t('coord.records.outings'), r.visits.outings],
            [t('coord.figures.reached'), r.visits.peopleReached],
            [t('coord.figures.firstTime'), r.visits.firstTime],
          ]}
        />
        <TwoColumns
          id="caf-reasons"
          caption={t('coord.exports.cafReasons')}
          rows={r.reasons
            .filter((x) => x.count !== 0)
            .map((x) => [label('institution', x.institution), x.count])}
        />
        <TwoColumns
          id="caf-subthemes"
          caption={t('coord.encounter.subThemes')}
          rows={nonZero(r.subThemes, 'subTheme')}
        />
        <TwoColumns
          id="caf-reorientations"
          caption={t('coord.figures.redirections', { n: formatCell(r.reorientations.total) })}
          rows={nonZero(r.reorientations.byRedirectionKind, 'redirection')}
        />
        {r.hours && <CafHours h={r.hours} />}
        <TwoColumns
          id="caf-partners"
          caption={t('coord.figures.byPartner')}
          rows={r.reorientations.byPartner.map((p) => [p.name, p.count])}
        />
      </div>
    </>
  );
}

export function EuTable({ r }: { r: EuReport }) {
  const sexes = ['feminin', 'masculin', 'non_communique'] as const;
  return (
    <>
      <ScrollRegion labelledBy="eu-caption">
        <table data-testid="eu-table">
          <caption id="eu-caption">{t('coord.exports.euCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coord.encounter.age')}</th>
              {sexes.map((s) => (
                <th scope="col" class="num" key={s}>
                  {label('sex', s)}
                </th>
              ))}
              <th scope="col" class="num">
                {t('coord.exports.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {r.rows.map((row) => (
              <tr key={row.ageBand}>
                <th scope="row">{label('euAge', row.ageBand)}</th>
                {sexes.map((s) => (
                  <td class="num" key={s}>
                    {formatCell(row[s])}
                  </td>
                ))}
                <td class="num">{formatCell(row.total)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('coord.exports.total')}</th>
              {sexes.map((s) => (
                <td class="num" key={s}>
                  {formatCell(r.total[s])}
                </td>
              ))}
              <td class="num">{formatCell(r.total.total)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
      <p class="hint">{r.note}</p>
      <CardLine id="eu-cards" value={r.peopleWithCard} />
      <div class="figure-grid">
        <TwoColumns
          id="eu-sex"
          caption={t('coord.exports.euSex', { n: formatCell(r.participants) })}
          rows={nonZero(r.bySex, 'sex')}
        />
        <TwoColumns id="eu-age" caption={t('coord.figures.euAge')} rows={nonZero(r.byAgeBand, 'euAge')} />
      </div>
    </>
  );
}
