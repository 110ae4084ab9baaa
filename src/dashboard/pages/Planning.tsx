// Planning (issue 11): where and when the borne goes — place, kind of place, neighbourhood, QPV,
// day and time, weekly or once, agents. Tablets pull the plan; the centre's public calendar feed
// (one URL, no personal data) is shown here for the website and the partners.
import { useState } from 'preact/hooks';
import { clock } from '../../platform/clock';
import { nextOccurrences, type Permanence } from '../../shared/permanences';
import { PLACE_KINDS } from '../../shared/taxonomy';
import { api } from '../api';
import { CentrePicker, firstCentre } from '../components/CentrePicker';
import { ErrorMessage, InfoMessage, Loading } from '../components/Messages';
import { Page } from '../components/Page';
import { ScrollRegion } from '../components/ScrollRegion';
import { useAction } from '../components/useAction';
import { useResource } from '../components/useResource';
import { formatDate, label, lang, t } from '../i18n';
import { PermanenceForm } from './PlanningForm';

interface AgentRow {
  id: string;
  displayName: string;
  active: boolean;
}

const today = () => {
  const d = clock.now();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

export function whenText(p: Permanence): string {
  const hours = t('coord.plan.hours', { start: p.startTime, end: p.endTime });
  if (p.repeat === 'once') return `${formatDate(p.date)}, ${hours}`;
  const day = new Date(`${p.date}T12:00:00Z`).toLocaleDateString(lang.value, {
    weekday: 'long',
    timeZone: 'UTC',
  });
  const from = t('coord.plan.weeklyFrom', { day, date: formatDate(p.date) });
  return `${from}${p.until ? ` ${t('coord.plan.until', { date: formatDate(p.until) })}` : ''}, ${hours}`;
}

function Row(props: { p: Permanence; agents: Map<string, string>; onEdit: () => void; onDone: () => void }) {
  const { p } = props;
  const action = useAction();
  const next = nextOccurrences([p], today(), '00:00', 1)[0];
  const remove = async () => {
    if ((await action.run(() => api.del(`permanences/${encodeURIComponent(p.id)}`))) !== undefined)
      props.onDone();
  };
  return (
    <tr data-testid="permanence-row">
      <th scope="row">
        {p.placeLabel}
        <br />
        <span class="hint">{label('placeKind', p.placeKind)}</span>
      </th>
      <td>
        {p.neighbourhood}
        {p.qpv ? ` (${t('coord.plan.qpv')})` : ''}
      </td>
      <td>{whenText(p)}</td>
      <td>{next ? formatDate(next.date) : t('coord.plan.over')}</td>
      <td>{p.agentIds.map((id) => props.agents.get(id) ?? t('coord.none')).join(', ') || t('coord.none')}</td>
      <td>
        <div class="row">
          <button type="button" onClick={props.onEdit}>
            {t('coord.plan.edit', { place: p.placeLabel })}
          </button>
          <button type="button" class="button-danger" onClick={remove} disabled={action.busy}>
            {t('coord.plan.remove', { place: p.placeLabel })}
          </button>
        </div>
        <ErrorMessage text={action.error} />
      </td>
    </tr>
  );
}

export function Planning() {
  const [centreId, setCentreId] = useState(firstCentre());
  const res = useResource(
    () => api.get<{ items: Permanence[] }>('permanences', { centre: centreId }),
    centreId,
  );
  const agents = useResource(() => api.get<{ items: AgentRow[] }>('agents', { centre: centreId }), centreId);
  const [editing, setEditing] = useState<Permanence>();
  const [formKey, setFormKey] = useState(0);
  const edit = (p: Permanence | undefined) => {
    setEditing(p);
    setFormKey((k) => k + 1);
    window.scrollTo(0, 0);
  };
  const names = new Map((agents.data?.items ?? []).map((a) => [a.id, a.displayName]));
  const feed = `${location.origin}/api/v1/centres/${encodeURIComponent(centreId)}/permanences.ics`;
  const items = res.data?.items ?? [];
  return (
    <Page title={t('coord.plan.title')}>
      <p>{t('coord.plan.intro')}</p>
      <CentrePicker id="plan-centre" value={centreId} onChange={setCentreId} />
      <PermanenceForm
        key={formKey}
        centreId={centreId}
        initial={editing}
        agents={(agents.data?.items ?? []).filter((a) => a.active)}
        placeKinds={PLACE_KINDS}
        onDone={() => {
          res.reload();
          edit(undefined);
        }}
      />
      <section class="card" aria-labelledby="plan-feed-title">
        <h2 id="plan-feed-title">{t('coord.plan.feedTitle')}</h2>
        <p>{t('coord.plan.feedIntro')}</p>
        <p class="feed-url" data-testid="plan-feed-url">
          <a href={feed}>{feed}</a>
        </p>
      </section>
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {res.data && items.length === 0 && <InfoMessage>{t('coord.plan.none')}</InfoMessage>}
      {items.length > 0 && (
        <ScrollRegion labelledBy="plan-caption">
          <table>
            <caption id="plan-caption">{t('coord.plan.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coord.plan.place')}</th>
                <th scope="col">{t('coord.plan.neighbourhood')}</th>
                <th scope="col">{t('coord.plan.when')}</th>
                <th scope="col">{t('coord.plan.next')}</th>
                <th scope="col">{t('coord.plan.agents')}</th>
                <th scope="col">{t('coord.records.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <Row key={p.id} p={p} agents={names} onEdit={() => edit(p)} onDone={res.reload} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </Page>
  );
}
