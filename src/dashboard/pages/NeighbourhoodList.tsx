// The centre's list of priority neighbourhoods (QPV) that the coverage page walks: one name per
// line, typed as the team types them on the tablet (case and spaces do not matter).
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';
import { CentrePicker, firstCentre } from '../components/CentrePicker';
import { TextArea } from '../components/fields';
import { ErrorMessage, OkMessage } from '../components/Messages';
import { useAction } from '../components/useAction';
import { useResource } from '../components/useResource';
import { t } from '../i18n';

interface Item {
  centreId: string;
  name: string;
  qpv: boolean;
}

export function NeighbourhoodList({ onSaved }: { onSaved: () => void }) {
  const [centreId, setCentreId] = useState(firstCentre());
  const res = useResource(() => api.get<{ items: Item[] }>('neighbourhoods', { centre: centreId }), centreId);
  const [text, setText] = useState('');
  const action = useAction();
  useEffect(() => {
    if (res.data) setText(res.data.items.map((i) => i.name).join('\n'));
  }, [res.data]);
  const save = async (event: Event) => {
    event.preventDefault();
    const items = text
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((name) => ({ name, qpv: true }));
    if (
      (await action.run(() => api.put('neighbourhoods', { centreId, items }), t('coord.saved'))) !== undefined
    )
      onSaved();
  };
  return (
    <form class="card" onSubmit={save} aria-labelledby="nb-title">
      <h2 id="nb-title">{t('coord.coverage.listTitle')}</h2>
      <CentrePicker id="nb-centre" value={centreId} onChange={setCentreId} />
      <TextArea
        id="nb-list"
        label={t('coord.coverage.listLabel')}
        hint={t('coord.coverage.listHint')}
        rows={8}
        value={text}
        onInput={setText}
      />
      <ErrorMessage text={action.error ?? res.error} />
      <OkMessage text={action.ok} />
      <button type="submit" class="button-primary" disabled={action.busy}>
        {t('coord.save')}
      </button>
    </form>
  );
}
