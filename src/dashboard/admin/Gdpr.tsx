// GDPR requests made by phone or e-mail: find a person's records through the server's keyed lookup
// hash (no contact is opened to search), export them, erase them. Every step is audit-logged.
import { useState } from 'preact/hooks';
import { clock } from '../../platform/clock';
import { api } from '../api';
import { TextField } from '../components/fields';
import { ErrorMessage, InfoMessage, OkMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { useAction } from '../components/useAction';
import { formatDate, label, t } from '../i18n';
import { session } from '../session';

interface Found {
  contactId: string;
  centreId: string;
  createdAt: string;
  consentPurposes: string[];
  retentionUntil: string;
  encounterIds: string[];
  signupIds: string[];
}

function download(name: string, data: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function Gdpr() {
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [found, setFound] = useState<Found[]>();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const action = useAction();
  const centreName = (id: string) => session.value?.centres.find((c) => c.id === id)?.name ?? id;

  const search = async (event: Event) => {
    event.preventDefault();
    setConfirming(false);
    const res = await action.run(() =>
      api.post<{ items: Found[] }>('gdpr/search', {
        ...(phone.trim() ? { phone: phone.trim() } : {}),
        ...(email.trim() ? { email: email.trim() } : {}),
      }),
    );
    if (res) {
      setFound(res.items);
      setChosen(new Set(res.items.map((x) => x.contactId)));
    }
  };
  const ids = () => [...chosen];
  const exportIt = () =>
    action.run(async () => {
      const data = await api.post<unknown>('gdpr/export', { contactIds: ids() });
      download(`rgpd-export-${clock.now().toISOString().slice(0, 10)}.json`, data);
    }, t('coord.gdpr.exported'));
  const erase = async () => {
    const res = await action.run(
      () => api.post<{ erased: number }>('gdpr/erase', { contactIds: ids() }),
      (r) => t('coord.gdpr.erased', { n: r.erased }),
    );
    if (res) {
      setFound(undefined);
      setConfirming(false);
    }
  };
  const toggle = (id: string) =>
    setChosen((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <Page title={t('coord.gdpr.title')}>
      <p>{t('coord.gdpr.intro')}</p>
      <form class="card" onSubmit={search}>
        <div class="filters">
          <TextField
            id="gdpr-phone"
            label={t('coord.followups.phone')}
            type="tel"
            value={phone}
            onInput={setPhone}
          />
          <TextField
            id="gdpr-email"
            label={t('coord.followups.email')}
            type="email"
            value={email}
            onInput={setEmail}
          />
        </div>
        <p class="hint">{t('coord.gdpr.searchHint')}</p>
        <button type="submit" class="button-primary" disabled={action.busy}>
          {t('coord.search')}
        </button>
      </form>
      <ErrorMessage text={action.error} />
      <OkMessage text={action.ok} />
      {found?.length === 0 && <InfoMessage>{t('coord.gdpr.none')}</InfoMessage>}
      {found && found.length > 0 && (
        <>
          <fieldset>
            <legend>{t('coord.gdpr.found', { n: found.length })}</legend>
            {found.map((f) => (
              <label class="check" key={f.contactId}>
                <input
                  type="checkbox"
                  checked={chosen.has(f.contactId)}
                  onChange={() => toggle(f.contactId)}
                />
                {t('coord.gdpr.item', {
                  date: formatDate(f.createdAt),
                  centre: centreName(f.centreId),
                  purposes: f.consentPurposes.map((p) => label('purpose', p)).join(', '),
                  e: f.encounterIds.length,
                  s: f.signupIds.length,
                })}
              </label>
            ))}
          </fieldset>
          <div class="row">
            <button type="button" onClick={exportIt} disabled={action.busy || chosen.size === 0}>
              {t('coord.gdpr.export')}
            </button>
            <button
              type="button"
              class="button-danger"
              onClick={() => setConfirming(true)}
              disabled={action.busy || chosen.size === 0}
            >
              {t('coord.gdpr.erase')}
            </button>
          </div>
          {confirming && (
            <div class="msg msg-warn">
              <p>{t('coord.gdpr.eraseWhat', { n: chosen.size })}</p>
              <div class="row">
                <button type="button" class="button-danger" onClick={erase} disabled={action.busy}>
                  {t('coord.gdpr.eraseConfirm')}
                </button>
                <button type="button" onClick={() => setConfirming(false)}>
                  {t('coord.cancel')}
                </button>
              </div>
            </div>
          )}
        </>
      )}
    </Page>
  );
}
