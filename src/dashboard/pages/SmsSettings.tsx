// The SMS provider form: which provider, its credentials (write-only: the server never sends them
// back), the daily cap and the delay of « démarche faite ? ». Android shows the webhook address.
import { useState } from 'preact/hooks';
import { api } from '../api';
import { NumberField, SelectField, TextField } from '../components/fields';
import { ErrorMessage, OkMessage } from '../components/Messages';
import { useAction } from '../components/useAction';
import { type CoordKey, t } from '../i18n';

export interface SmsSettings {
  provider: 'aucun' | 'android_gateway' | 'ovh';
  dailyCap: number;
  outcomeDelayDays: number;
  configured: boolean;
}

const FIELDS: Record<SmsSettings['provider'], string[]> = {
  aucun: [],
  android_gateway: ['baseUrl', 'login', 'password'],
  ovh: ['appKey', 'appSecret', 'consumerKey', 'serviceName'],
};

export function SmsSettingsForm(props: {
  centreId: string;
  settings: SmsSettings;
  webhookUrl: string;
  onDone: () => void;
}) {
  const [provider, setProvider] = useState(props.settings.provider);
  const [cap, setCap] = useState(String(props.settings.dailyCap));
  const [delay, setDelay] = useState(String(props.settings.outcomeDelayDays));
  const [config, setConfig] = useState<Record<string, string>>({});
  const action = useAction();
  const filled = Object.fromEntries(Object.entries(config).filter(([, value]) => value.trim()));
  const save = async (e: Event) => {
    e.preventDefault();
    const body = {
      centreId: props.centreId,
      provider,
      dailyCap: Number(cap),
      outcomeDelayDays: Number(delay),
      ...(Object.keys(filled).length ? { config: filled } : {}),
    };
    if ((await action.run(() => api.put('sms/settings', body), t('coord.sms.saved'))) !== undefined)
      props.onDone();
  };
  return (
    <form class="card" onSubmit={save} aria-labelledby="sms-settings-title">
      <h2 id="sms-settings-title">{t('coord.sms.settings')}</h2>
      <SelectField
        id="sms-provider"
        label={t('coord.sms.provider')}
        value={provider}
        options={(['aucun', 'android_gateway', 'ovh'] as const).map((p) => [
          p,
          t(`coord.sms.provider.${p}` as CoordKey),
        ])}
        onChange={(v) => setProvider(v as SmsSettings['provider'])}
      />
      {props.settings.configured && provider === props.settings.provider && provider !== 'aucun' && (
        <p class="hint">{t('coord.sms.configured')}</p>
      )}
      {FIELDS[provider].map((f) => (
        <TextField
          key={f}
          id={`sms-${f}`}
          label={t(`coord.sms.field.${f}` as CoordKey)}
          type="text"
          value={config[f] ?? ''}
          onInput={(value) => setConfig({ ...config, [f]: value })}
        />
      ))}
      {provider === 'android_gateway' && (
        <p>
          {t('coord.sms.webhook')} <code data-testid="sms-webhook">{props.webhookUrl}</code>
        </p>
      )}
      <NumberField id="sms-cap" label={t('coord.sms.dailyCap')} value={cap} onInput={setCap} />
      <NumberField id="sms-delay" label={t('coord.sms.delay')} value={delay} onInput={setDelay} />
      <button type="submit" disabled={action.busy}>
        {t('coord.sms.save')}
      </button>
      <ErrorMessage text={action.error} />
      <OkMessage text={action.ok} />
    </form>
  );
}
