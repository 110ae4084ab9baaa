// « Parcours et compétences » (issue 17): people counted by their card — the journey funnel, new
// and returning people by month, skills progression and workshop feedback — with their downloads.
// The server has already replaced every count of fewer than 5 people by « moins de 5 ».
import { isSmallCell, type PeopleCell, SMALL_CELL_TEXT } from '../../shared/small-cells';
import { SKILL_FRAMEWORKS, type SkillItem } from '../../shared/taxonomy';
import { API, api, withQuery } from '../api';
import { Filters, filterQuery } from '../components/Filters';
import { ErrorMessage, InfoMessage, Loading } from '../components/Messages';
import { Page } from '../components/Page';
import { ScrollRegion } from '../components/ScrollRegion';
import { useResource } from '../components/useResource';
import { formatNumber, label, lang, t } from '../i18n';
import { dayText } from '../period';

type Cell = PeopleCell | null;

export interface OutcomesAnswer {
  empty: boolean;
  period: { from: string; to: string };
  peopleWithCard: PeopleCell;
  funnel: { met: PeopleCell; signedUp: PeopleCell; came: PeopleCell; cameBack: PeopleCell };
  months: { month: string; people: PeopleCell; new: PeopleCell; returning: PeopleCell }[];
  progression: {
    checks: PeopleCell;
    peopleChecked: PeopleCell;
    people: PeopleCell;
    byItem: { itemId: string; people: PeopleCell; observed: PeopleCell }[];
  };
  feedback: {
    activityId: string;
    title: string;
    responses: PeopleCell;
    statements: { statementId: string; answers: PeopleCell; average: Cell }[];
    learnt: { itemId: string; people: PeopleCell }[];
  }[];
}

/** A cell as the page shows it: the number in the page's language, or « moins de 5 ». */
export function CellText({ value, digits = 0 }: { value: Cell; digits?: number }) {
  if (value === null) return <>{t('coord.none')}</>;
  return <>{isSmallCell(value) ? SMALL_CELL_TEXT[lang.value] : formatNumber(value, digits)}</>;
}

function Table(props: {
  id: string;
  caption: string;
  headers: string[];
  rows: [string, ...Cell[]][];
  digits?: number[];
}) {
  return (
    <ScrollRegion labelledBy={`${props.id}-caption`}>
      <table data-testid={props.id}>
        <caption id={`${props.id}-caption`}>{props.caption}</caption>
        <thead>
          <tr>
            {props.headers.map((h, i) => (
              <th scope="col" key={h} class={i ? 'num' : undefined}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map(([head, ...cells]) => (
            <tr key={head}>
              <th scope="row">{head}</th>
              {cells.map((c, i) => (
                <td class="num" key={String(i)}>
                  <CellText value={c} digits={props.digits?.[i] ?? 0} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

const itemText = (id: string) => label('skill', id);

function Downloads({ file, query }: { file: string; query: Record<string, string | undefined> }) {
  return (
    <p class="row">
      {(['csv', 'xlsx'] as const).map((format) => (
        <a key={format} class="button" href={withQuery(`${API}/exports/${file}.${format}`, query)} download>
          {t(format === 'csv' ? 'coord.exports.csv' : 'coord.exports.xlsx', {
            what: t(`coord.outcomes.file.${file}` as 'coord.outcomes.file.parcours'),
          })}
        </a>
      ))}
    </p>
  );
}

export function Outcomes() {
  const query = filterQuery(['centre', 'territory']);
  const res = useResource(() => api.get<OutcomesAnswer>('figures/outcomes', query), JSON.stringify(query));
  const o = res.data;
  return (
    <Page title={t('coord.outcomes.title')}>
      <Filters fields={['centre', 'territory']} id="fo" />
      <p class="hint">{t('coord.outcomes.intro')}</p>
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {o && (
        <p>
          <strong>{t('coord.period', { from: dayText(o.period.from), to: dayText(o.period.to) })}</strong>
        </p>
      )}
      {o?.empty && <InfoMessage>{t('coord.outcomes.empty')}</InfoMessage>}
      {o && !o.empty && (
        <>
          <section aria-labelledby="o-funnel">
            <h2 id="o-funnel">{t('coord.outcomes.funnel')}</h2>
            <Table
              id="outcomes-funnel"
              caption={t('coord.outcomes.funnel')}
              headers={[t('coord.outcomes.stage'), t('coord.outcomes.people')]}
              rows={[
                [t('coord.outcomes.peopleWithCard'), o.peopleWithCard],
                [t('coord.outcomes.met'), o.funnel.met],
                [t('coord.outcomes.signedUp'), o.funnel.signedUp],
                [t('coord.outcomes.came'), o.funnel.came],
                [t('coord.outcomes.cameBack'), o.funnel.cameBack],
              ]}
            />
            <Downloads file="parcours" query={query} />
          </section>
          <section aria-labelledby="o-months">
            <h2 id="o-months">{t('coord.outcomes.months')}</h2>
            <Table
              id="outcomes-months"
              caption={t('coord.outcomes.months')}
              headers={[
                t('coord.outcomes.month'),
                t('coord.outcomes.people'),
                t('coord.outcomes.new'),
                t('coord.outcomes.returning'),
              ]}
              rows={o.months.map((m) => [
                m.month.split('-').reverse().join('/'),
                m.people,
                m.new,
                m.returning,
              ])}
            />
            <Downloads file="nouveaux-revenus" query={query} />
          </section>
          <section aria-labelledby="o-skills">
            <h2 id="o-skills">{t('coord.outcomes.skills')}</h2>
            <p class="hint">{t('coord.outcomes.skillsHint')}</p>
            <Table
              id="outcomes-skills"
              caption={t('coord.outcomes.skills')}
              headers={[
                t('coord.outcomes.item'),
                t('coord.outcomes.progressed'),
                t('coord.outcomes.observed'),
              ]}
              rows={o.progression.byItem.map((i) => [
                `${itemText(i.itemId)} (Pix ${SKILL_FRAMEWORKS[i.itemId as SkillItem].pix} · DigComp ${SKILL_FRAMEWORKS[i.itemId as SkillItem].digcomp})`,
                i.people,
                i.observed,
              ])}
            />
            <Downloads file="competences" query={query} />
          </section>
          <section aria-labelledby="o-feedback">
            <h2 id="o-feedback">{t('coord.outcomes.feedback')}</h2>
            {o.feedback.length === 0 && <p>{t('coord.outcomes.noFeedback')}</p>}
            {o.feedback.map((f) => (
              <Table
                key={f.activityId}
                id={`outcomes-feedback-${f.activityId}`}
                caption={f.title || t('coord.outcomes.untitled')}
                headers={[
                  t('coord.outcomes.question'),
                  t('coord.outcomes.people'),
                  t('coord.outcomes.average'),
                ]}
                digits={[0, 2]}
                rows={[
                  [t('coord.outcomes.responses'), f.responses, null],
                  ...f.statements.map((s): [string, Cell, Cell] => [
                    label('workshopStatement', s.statementId),
                    s.answers,
                    s.average,
                  ]),
                  ...f.learnt
                    .filter((l) => l.people !== 0)
                    .map((l): [string, Cell, Cell] => [
                      t('coord.outcomes.learnt', { item: itemText(l.itemId) }),
                      l.people,
                      null,
                    ]),
                ]}
              />
            ))}
            <Downloads file="avis-ateliers" query={query} />
          </section>
        </>
      )}
    </Page>
  );
}
