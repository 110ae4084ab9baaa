// The centre's activity agenda (workshops residents can be signed up to from the tablet).
import { useState } from 'preact/hooks';
import type { Activity } from '../../shared/reference';
import { api } from '../api';
import { CentrePicker, firstCentre } from '../components/CentrePicker';
import { NumberField, TextField } from '../components/fields';
import { ErrorMessage, InfoMessage, Loading, OkMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { ScrollRegion } from '../components/ScrollRegion';
import { useAction } from '../components/useAction';
import { useResource } from '../components/useResource';
import { formatDateTime, t } from '../i18n';

/** ISO instant → the value of a datetime-local input (local time), and back. */
const toLocalInput = (iso: string) => {
  const d = new Date(iso);
  return Number.isNaN(d.getTime())
    ? ''
    : new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (value: string) => (value ? new Date(value).toISOString() : '');

function ActivityForm({
  centreId,
  initial,
  onDone,
}: {
  centreId: string;
  initial?: Activity;
  onDone: () => void;
}) {
  const [title, setTitle] = useState(initial?.title ?? '');
  const [startsAt, setStartsAt] = useState(initial ? toLocalInput(initial.startsAt) : '');
  const [place, setPlace] = useState(initial?.place ?? '');
  const [seats, setSeats] = useState(initial?.seats === undefined ? '' : String(initial.seats));
  const [purpose, setPurpose] = useState(initial?.purpose ?? '');
  const action = useAction();
  const save = async (event: Event) => {
    event.preventDefault();
    const body = {
      centreId,
      title: title.trim(),
      startsAt: fromLocalInput(startsAt),
      place: place.trim(),
      ...(seats ? { seats: Number(seats) } : {}),
      ...(purpose.trim() ? { purpose: purpose.trim() } : {}),
    };
    const ok = await action.run(
      () =>
        initial
          ? api.put(`activities/${encodeURIComponent(initial.id)}`, body)
          : api.post('activities', body),
      t('coord.saved'),
    );
    if (ok !== undefined) onDone();
  };
  return (
    <form class="card" onSubmit={save} aria-labelledby="activity-form-title">
      <h2 id="activity-form-title">
        {initial ? t('coord.agenda.editing', { title: initial.title }) : t('coord.agenda.new')}
      </h2>
      <div class="filters">
        <TextField
          id="activity-title"
          label={t('coord.agenda.activity')}
          value={title}
          onInput={setTitle}
          required
        />
        <TextField
          id="activity-starts"
          label={t('coord.agenda.when')}
          type="datetime-local"
          value={startsAt}
          onInput={setStartsAt}
          required
        />
        <TextField
          id="activity-place"
          label={t('coord.records.place')}
          value={place}
          onInput={setPlace}
          required
        />
        <NumberField id="activity-seats" label={t('coord.agenda.seats')} value={seats} onInput={setSeats} />
        <TextField
          id="activity-purpose"
          label={t('coord.agenda.purpose')}
          hint={t('coord.agenda.purposeHint')}
          value={purpose}
          onInput={setPurpose}
        />
      </div>
      <ErrorMessage text={action.error} />
      <OkMessage text={action.ok} />
      <button type="submit" class="button-primary" disabled={action.busy}>
        {t('coord.save')}
      </button>
    </form>
  );
}

function Row({ activity, onEdit, onDone }: { activity: Activity; onEdit: () => void; onDone: () => void }) {
  const action = useAction();
  const remove = async () => {
    if ((await action.run(() => api.del(`activities/${encodeURIComponent(activity.id)}`))) !== undefined)
      onDone();
  };
  return (
    <tr>
      <td>{formatDateTime(activity.startsAt)}</td>
      <th scope="row">{activity.title}</th>
      <td>{activity.place}</td>
      <td class="num">{activity.seats ?? t('coord.none')}</td>
      <td>
        <div class="row">
          <button type="button" onClick={onEdit}>
            {t('coord.agenda.edit', { title: activity.title })}
          </button>
          <button type="button" class="button-danger" onClick={remove} disabled={action.busy}>
            {t('coord.agenda.remove', { title: activity.title })}
          </button>
        </div>
        <ErrorMessage text={action.error} />
      </td>
    </tr>
  );
}

export function Agenda() {
  const [centreId, setCentreId] = useState(firstCentre());
  const res = useResource(() => api.get<{ items: Activity[] }>('activities', { centre: centreId }), centreId);
  const [editing, setEditing] = useState<Activity>();
  const [formKey, setFormKey] = useState(0);
  const edit = (a: Activity | undefined) => {
    setEditing(a);
    setFormKey((k) => k + 1);
    window.scrollTo(0, 0);
  };
  const items = [...(res.data?.items ?? [])].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <Page title={t('coord.agenda.title')}>
      <p>{t('coord.agenda.intro')}</p>
      <CentrePicker id="agenda-centre" value={centreId} onChange={setCentreId} />
      <ActivityForm
        key={formKey}
        centreId={centreId}
        initial={editing}
        onDone={() => {
          res.reload();
          edit(undefined);
        }}
      />
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {res.data && items.length === 0 && <InfoMessage>{t('coord.agenda.none')}</InfoMessage>}
      {items.length > 0 && (
        <ScrollRegion labelledBy="agenda-caption">
          <table>
            <caption id="agenda-caption">{t('coord.agenda.list')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coord.agenda.when')}</th>
                <th scope="col">{t('coord.agenda.activity')}</th>
                <th scope="col">{t('coord.records.place')}</th>
                <th scope="col" class="num">
                  {t('coord.agenda.seats')}
                </th>
                <th scope="col">{t('coord.records.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <Row key={a.id} activity={a} onEdit={() => edit(a)} onDone={res.reload} />
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </Page>
  );
}
