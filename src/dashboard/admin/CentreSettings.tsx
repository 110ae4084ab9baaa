// Centre settings: how long contacts are kept per consent purpose (CNIL: 2 years after the last
// contact for social accompaniment), and the tablets' inactivity delays. Tablets pull them.
import { useEffect, useState } from 'preact/hooks';
import type { CentreSettings as Settings } from '../../shared/reference';
import { api } from '../api';
import { CentrePicker, firstCentre } from '../components/CentrePicker';
import { NumberField } from '../components/fields';
import { ErrorMessage, Loading, OkMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { useAction } from '../components/useAction';
import { useResource } from '../components/useResource';
import { label, t } from '../i18n';
import { AboutForm } from './AboutForm';

const PURPOSES = ['rappel', 'info_activites', 'sms', 'annonces_permanences'] as const;

function Form({ centreId, settings }: { centreId: string; settings: Settings }) {
  const [months, setMonths] = useState<Record<string, string>>(() =>
    Object.fromEntries(PURPOSES.map((p) => [p, String(settings.retention.monthsByPurpose[p] ?? 24)])),
  );
  const [idle, setIdle] = useState(String(settings.kioskIdleSeconds));
  const [lock, setLock] = useState(String(settings.agentLockSeconds));
  const action = useAction();
  const save = (event: Event) => {
    event.preventDefault();
    void action.run(
      () =>
        api.put(`centres/${encodeURIComponent(centreId)}/settings`, {
          retention: { monthsByPurpose: Object.fromEntries(PURPOSES.map((p) => [p, Number(months[p])])) },
          kioskIdleSeconds: Number(idle),
          agentLockSeconds: Number(lock),
        }),
      t('coord.centre.saved'),
    );
  };
  return (
    <form onSubmit={save}>
      <fieldset>
        <legend>{t('coord.centre.retention')}</legend>
        <p class="hint">{t('coord.centre.retentionHint')}</p>
        <div class="filters">
          {PURPOSES.map((p) => (
            <NumberField
              key={p}
              id={`retention-${p}`}
              label={t('coord.centre.months', { purpose: label('purpose', p) })}
              value={months[p] ?? ''}
              onInput={(v) => setMonths((m) => ({ ...m, [p]: v }))}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('coord.centre.tablets')}</legend>
        <div class="filters">
          <NumberField id="kiosk-idle" label={t('coord.centre.kioskIdle')} value={idle} onInput={setIdle} />
          <NumberField id="agent-lock" label={t('coord.centre.agentLock')} value={lock} onInput={setLock} />
        </div>
      </fieldset>
      <ErrorMessage text={action.error} />
      <OkMessage text={action.ok} />
      <button type="submit" class="button-primary" disabled={action.busy}>
        {t('coord.save')}
      </button>
    </form>
  );
}

export function CentreSettings() {
  const [centreId, setCentreId] = useState(firstCentre());
  const res = useResource(
    () => api.get<{ settings: Settings }>(`centres/${encodeURIComponent(centreId)}/settings`),
    centreId,
  );
  // A new centre's settings replace the form (its key forces a fresh one).
  const [formKey, setFormKey] = useState(0);
  useEffect(() => setFormKey((k) => k + 1), [res.data]);
  return (
    <Page title={t('coord.centre.title')}>
      <CentrePicker id="settings-centre" value={centreId} onChange={setCentreId} />
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {res.data && <Form key={formKey} centreId={centreId} settings={res.data.settings} />}
      <AboutForm centreId={centreId} />
    </Page>
  );
}
