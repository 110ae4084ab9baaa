// The purge: contacts past their retention date are deleted with their follow-ups and sign-ups;
// the anonymous figures stay. A dry run says first what would go.
import { useState } from 'preact/hooks';
import { api } from '../api';
import { CentrePicker } from '../components/CentrePicker';
import { ErrorMessage, OkMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { useAction } from '../components/useAction';
import { t } from '../i18n';

interface PurgeResult {
  contacts: number;
  lookups: number;
  followUps: number;
  encountersUnlinked: number;
  signups: number;
}

export function Purge() {
  const [centreId, setCentreId] = useState('');
  const [preview, setPreview] = useState<PurgeResult>();
  const action = useAction();
  const body = (dryRun: boolean) => ({ ...(centreId ? { centreId } : {}), dryRun });
  const check = async () => {
    const res = await action.run(() => api.post<PurgeResult>('purge', body(true)));
    if (res) setPreview(res);
  };
  const purge = async () => {
    const res = await action.run(
      () => api.post<PurgeResult>('purge', body(false)),
      (r) => t('coord.purge.done', { n: r.contacts }),
    );
    if (res) setPreview(undefined);
  };
  return (
    <Page title={t('coord.purge.title')}>
      <p>{t('coord.purge.intro')}</p>
      <p>{t('coord.purge.kept')}</p>
      <CentrePicker id="purge-centre" value={centreId} onChange={setCentreId} any />
      <p>
        <button type="button" class="button-primary" onClick={check} disabled={action.busy}>
          {t('coord.purge.check')}
        </button>
      </p>
      {preview && (
        <div class="msg msg-warn" data-testid="purge-preview">
          <p>
            {t('coord.purge.would', {
              n: preview.contacts,
              f: preview.followUps,
              s: preview.signups,
              e: preview.encountersUnlinked,
            })}
          </p>
          {preview.contacts > 0 && (
            <button type="button" class="button-danger" onClick={purge} disabled={action.busy}>
              {t('coord.purge.confirm', { n: preview.contacts })}
            </button>
          )}
        </div>
      )}
      <ErrorMessage text={action.error} />
      <OkMessage text={action.ok} />
    </Page>
  );
}
