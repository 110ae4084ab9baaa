// The form of one planned permanence (new or edited): place, kind, neighbourhood, QPV, commune,
// weekly or once, first/last day, hours, and the agents planned there.
import { useState } from 'preact/hooks';
import type { Permanence } from '../../shared/permanences';
import { api } from '../api';
import { SelectField, TextField, taxonomyOptions } from '../components/fields';
import { ErrorMessage, OkMessage } from '../components/Messages';
import { useAction } from '../components/useAction';
import { label, t } from '../i18n';

export function PermanenceForm(props: {
  centreId: string;
  initial?: Permanence | undefined;
  agents: { id: string; displayName: string }[];
  placeKinds: readonly string[];
  onDone: () => void;
}) {
  const init = props.initial;
  const [placeKind, setPlaceKind] = useState<string>(init?.placeKind ?? 'marche');
  const [placeLabel, setPlaceLabel] = useState(init?.placeLabel ?? '');
  const [neighbourhood, setNeighbourhood] = useState(init?.neighbourhood ?? '');
  const [qpv, setQpv] = useState(init ? (init.qpv ? 'oui' : 'non') : 'oui');
  const [commune, setCommune] = useState(init?.commune ?? '');
  const [repeat, setRepeat] = useState<string>(init?.repeat ?? 'weekly');
  const [date, setDate] = useState(init?.date ?? '');
  const [until, setUntil] = useState(init?.until ?? '');
  const [startTime, setStart] = useState(init?.startTime ?? '09:00');
  const [endTime, setEnd] = useState(init?.endTime ?? '12:00');
  const [agentIds, setAgentIds] = useState<string[]>(init?.agentIds ?? []);
  const action = useAction();

  const save = async (event: Event) => {
    event.preventDefault();
    const body = {
      centreId: props.centreId,
      placeKind,
      placeLabel: placeLabel.trim(),
      neighbourhood: neighbourhood.trim(),
      qpv: qpv === 'oui',
      commune: commune.trim(),
      repeat,
      date,
      ...(repeat === 'weekly' && until ? { until } : {}),
      startTime,
      endTime,
      agentIds,
    };
    const ok = await action.run(
      () =>
        init ? api.put(`permanences/${encodeURIComponent(init.id)}`, body) : api.post('permanences', body),
      t('coord.saved'),
    );
    if (ok !== undefined) props.onDone();
  };

  const toggle = (id: string) =>
    setAgentIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));

  return (
    <form class="card" onSubmit={save} aria-labelledby="plan-form-title">
      <h2 id="plan-form-title">
        {init ? t('coord.plan.editing', { place: init.placeLabel }) : t('coord.plan.new')}
      </h2>
      <div class="filters">
        <SelectField
          id="plan-kind"
          label={t('coord.plan.placeKind')}
          value={placeKind}
          options={taxonomyOptions(props.placeKinds, (v) => label('placeKind', v))}
          onChange={setPlaceKind}
        />
        <TextField
          id="plan-place"
          label={t('coord.plan.place')}
          value={placeLabel}
          onInput={setPlaceLabel}
          required
        />
        <TextField
          id="plan-neighbourhood"
          label={t('coord.plan.neighbourhood')}
          value={neighbourhood}
          onInput={setNeighbourhood}
          required
        />
        <SelectField
          id="plan-qpv"
          label={t('coord.plan.qpvQuestion')}
          value={qpv}
          options={[
            ['oui', t('coord.yes')],
            ['non', t('coord.no')],
          ]}
          onChange={setQpv}
        />
        <TextField id="plan-commune" label={t('coord.plan.commune')} value={commune} onInput={setCommune} />
        <SelectField
          id="plan-repeat"
          label={t('coord.plan.repeat')}
          value={repeat}
          options={[
            ['weekly', t('coord.plan.weekly')],
            ['once', t('coord.plan.once')],
          ]}
          onChange={setRepeat}
        />
        <TextField
          id="plan-date"
          type="date"
          label={repeat === 'weekly' ? t('coord.plan.firstDay') : t('coord.plan.day')}
          value={date}
          onInput={setDate}
          required
        />
        {repeat === 'weekly' && (
          <TextField
            id="plan-until"
            type="date"
            label={t('coord.plan.lastDay')}
            hint={t('coord.plan.lastDayHint')}
            value={until}
            onInput={setUntil}
          />
        )}
        <TextField
          id="plan-start"
          type="time"
          label={t('coord.plan.start')}
          value={startTime}
          onInput={setStart}
          required
        />
        <TextField
          id="plan-end"
          type="time"
          label={t('coord.plan.end')}
          value={endTime}
          onInput={setEnd}
          required
        />
      </div>
      {props.agents.length > 0 && (
        <fieldset>
          <legend>{t('coord.plan.agents')}</legend>
          {props.agents.map((a) => (
            <label key={a.id} class="check">
              <input type="checkbox" checked={agentIds.includes(a.id)} onChange={() => toggle(a.id)} />
              {a.displayName}
            </label>
          ))}
        </fieldset>
      )}
      <ErrorMessage text={action.error} />
      <OkMessage text={action.ok} />
      <button type="submit" class="button-primary" disabled={action.busy}>
        {t('coord.save')}
      </button>
    </form>
  );
}
