// The figures of issue 6, grouped as funders read them. Every block has its chart and its table.
// Each group's heading has the id the figures page's table of contents links to (FIGURE_SECTIONS).

import { ScrollRegion } from '../components/ScrollRegion';
import { type CoordKey, formatCell, label, t } from '../i18n';
import { FigureBlock, type Row } from './FigureBlock';
import { KioskDetail } from './KioskDetail';
import type { Cells, Figures } from './types';

/** The groups of the figures page in order: the heading's id and its words, for the contents. */
export const FIGURE_SECTIONS: [id: string, title: CoordKey][] = [
  ['f-accompaniments', 'coord.figures.accompaniments'],
  ['f-outings', 'coord.figures.outings'],
  ['f-needs', 'coord.figures.needs'],
  ['f-actions', 'coord.figures.actions'],
  ['f-profile', 'coord.figures.profile'],
  ['f-kiosk', 'coord.figures.kiosk'],
  ['f-survey', 'coord.figures.surveyShort'],
];

/** Rows in the taxonomy's order (the API gives every id, 0 when none). */
function rows(counts: Cells, group: string): Row[] {
  return Object.entries(counts).map(([id, n]) => [label(group, id), n]);
}

export function Accompaniments({ f }: { f: Figures }) {
  const a = f.accompaniments;
  return (
    <>
      <h2 id="f-accompaniments">{t('coord.figures.accompaniments')}</h2>
      <div class="figure-grid">
        <FigureBlock
          id="types"
          title={t('coord.figures.byType')}
          rows={[
            [label('type', 'individuel'), a.individuel],
            [label('type', 'collectif'), a.collectif],
            [label('type', 'information'), a.information],
          ]}
        />
        <FigureBlock
          id="people"
          title={t('coord.figures.people')}
          chart="none"
          rows={[
            [t('coord.figures.total'), a.total],
            [t('coord.figures.participants'), a.collectifParticipants],
            [t('coord.figures.reached'), f.people.reached],
            [t('coord.figures.firstTime'), f.people.firstTime],
          ]}
        />
      </div>
    </>
  );
}

export function Outings({ f }: { f: Figures }) {
  const o = f.outings;
  return (
    <>
      <h2 id="f-outings">{t('coord.figures.outings')}</h2>
      <div class="figure-grid">
        <FigureBlock
          id="place-kinds"
          title={t('coord.figures.byPlaceKind')}
          rows={rows(o.byPlaceKind, 'placeKind')}
        />
        <FigureBlock
          id="qpv"
          title={t('coord.figures.qpv')}
          chart="doughnut"
          rows={[
            [t('coord.figures.inQpv'), o.qpv.oui],
            [t('coord.figures.outQpv'), o.qpv.non],
          ]}
        />
      </div>
      <ScrollRegion labelledBy="neighbourhoods-caption">
        <table data-testid="figure-neighbourhoods">
          <caption id="neighbourhoods-caption">{t('coord.figures.byNeighbourhood')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coord.records.neighbourhood')}</th>
              <th scope="col">{t('coord.filter.qpv')}</th>
              <th scope="col" class="num">
                {t('coord.records.outings')}
              </th>
              <th scope="col" class="num">
                {t('coord.records.encounters')}
              </th>
            </tr>
          </thead>
          <tbody>
            {o.byNeighbourhood.map((n) => (
              <tr key={n.neighbourhood}>
                <th scope="row">{n.neighbourhood}</th>
                <td>{n.qpv ? t('coord.yes') : t('coord.no')}</td>
                <td class="num">{n.outings}</td>
                <td class="num">{formatCell(n.encounters)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}

export function Needs({ f }: { f: Figures }) {
  return (
    <>
      <h2 id="f-needs">{t('coord.figures.needs')}</h2>
      <FigureBlock id="themes" title={t('coord.records.themes')} rows={rows(f.themes, 'theme')} horizontal />
      <div class="figure-grid">
        <FigureBlock
          id="sub-themes"
          title={t('coord.encounter.subThemes')}
          rows={rows(f.subThemes, 'subTheme')}
          horizontal
        />
        <FigureBlock
          id="institutions"
          title={t('coord.encounter.institutions')}
          rows={rows(f.institutions, 'institution')}
          horizontal
        />
      </div>
    </>
  );
}

export function Actions({ f }: { f: Figures }) {
  const o = f.orientations;
  return (
    <>
      <h2 id="f-actions">{t('coord.figures.actions')}</h2>
      <div class="figure-grid">
        <FigureBlock
          id="actions"
          title={t('coord.figures.actionKinds')}
          note={t('coord.figures.actionsNote')}
          rows={rows(f.actions, 'action')}
          horizontal
        />
        <FigureBlock
          id="redirections"
          title={t('coord.figures.redirections', { n: formatCell(o.total) })}
          rows={rows(o.byRedirectionKind, 'redirection')}
          horizontal
        />
      </div>
      <FigureBlock
        id="partners"
        title={t('coord.figures.byPartner')}
        chart={o.byPartner.length ? 'bar' : 'none'}
        horizontal
        rows={o.byPartner.map((p) => [p.name, p.count])}
      />
    </>
  );
}

export function Profile({ f }: { f: Figures }) {
  const p = f.profile;
  return (
    <>
      <h2 id="f-profile">{t('coord.figures.profile')}</h2>
      <p class="hint">{t('coord.figures.profileNote')}</p>
      <div class="figure-grid">
        <FigureBlock id="sex" title={t('coord.encounter.sex')} chart="doughnut" rows={rows(p.sex, 'sex')} />
        <FigureBlock id="eu-age" title={t('coord.figures.euAge')} rows={rows(p.euAgeBand, 'euAge')} />
        <FigureBlock id="coop-age" title={t('coord.figures.coopAge')} rows={rows(p.coopAgeBand, 'coopAge')} />
        <FigureBlock id="age" title={t('coord.figures.ageDetail')} rows={rows(p.ageBand, 'ageBand')} />
        <FigureBlock id="social" title={t('coord.encounter.social')} rows={rows(p.socialStatus, 'social')} />
        <FigureBlock
          id="lives-qpv"
          title={t('coord.encounter.livesInQpv')}
          chart="doughnut"
          rows={rows(p.livesInQpv, 'ouiNon')}
        />
        <FigureBlock
          id="autonomy"
          title={t('coord.encounter.autonomy')}
          rows={rows(f.autonomy, 'autonomy')}
        />
      </div>
    </>
  );
}

export function Kiosk({ f }: { f: Figures }) {
  const k = f.kiosk;
  return (
    <>
      <h2 id="f-kiosk">{t('coord.figures.kiosk')}</h2>
      <div class="figure-grid">
        <FigureBlock
          id="kiosk-use"
          title={t('coord.figures.kioskUse')}
          chart="none"
          rows={[
            [t('coord.figures.guidesOpened'), k.guidesOpened],
            [t('coord.figures.guidesCompleted'), k.guidesCompleted],
            [t('coord.figures.searches'), k.searches],
            [t('coord.figures.searchesMissed'), k.searchesWithoutResult],
            [t('coord.kiosk.helpRequests'), k.helpRequests],
            [t('coord.kiosk.interest'), k.interest],
            [t('coord.figures.readAloud'), k.readAloud],
            [t('coord.figures.events'), k.events],
          ]}
        />
        <FigureBlock
          id="languages"
          title={t('coord.figures.languages')}
          chart="doughnut"
          rows={Object.entries(k.languages).map(([id, n]) => [label('language', id), n])}
        />
      </div>
      <KioskDetail f={f} />
    </>
  );
}

export function Survey({ f }: { f: Figures }) {
  const s = f.survey;
  return (
    <>
      <h2 id="f-survey">{t('coord.figures.survey', { n: formatCell(s.responses) })}</h2>
      <FigureBlock
        id="survey"
        title={t('coord.figures.surveyAverages')}
        note={t('coord.figures.surveyNote')}
        valueHeader={t('coord.figures.average')}
        horizontal
        max={5}
        digits={2}
        rows={s.byStatement.map((x) => [
          x.reversed
            ? `${label('statement', x.statementId)} ${t('coord.figures.reversed')}`
            : label('statement', x.statementId),
          x.average,
        ])}
      />
    </>
  );
}
