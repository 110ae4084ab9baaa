// SMS (issue 12): the queue of a centre (what was sent, what failed, what STOP stopped, and in dry
// run what would have been sent), the provider settings, a test send to the coordinator's own
// number, and the answers to « Votre démarche est-elle faite ? » (small cells as « moins de 5 »).
import { useState } from 'preact/hooks';
import type { Language } from '../../shared/taxonomy';
import { api } from '../api';
import { CentrePicker, firstCentre } from '../components/CentrePicker';
import { TextField } from '../components/fields';
import { ErrorMessage, InfoMessage, Loading, OkMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { ScrollRegion } from '../components/ScrollRegion';
import { useAction } from '../components/useAction';
import { useResource } from '../components/useResource';
import { type CoordKey, formatDate, label, t } from '../i18n';
import { type SmsSettings, SmsSettingsForm } from './SmsSettings';

interface SmsMessage {
  id: string;
  purpose: string;
  status: string;
  createdAt: string;
  language: Language;
  text: string;
  lastError: string | null;
}
interface Queue {
  settings: SmsSettings;
  webhookUrl: string;
  counts: Record<string, number>;
  messages: SmsMessage[];
}
type Cell = number | null;
interface OutcomeRow {
  id: string;
  abouti: Cell;
  en_cours: Cell;
  bloque: Cell;
}
interface Outcomes {
  total: Omit<OutcomeRow, 'id'>;
  byInstitution: OutcomeRow[];
}

const ANSWERS = ['abouti', 'en_cours', 'bloque'] as const;
const cell = (n: Cell) => (n === null ? t('coord.sms.fewer') : String(n));

function TestSend({ centreId, onDone }: { centreId: string; onDone: () => void }) {
  const [phone, setPhone] = useState('');
  const action = useAction();
  const send = async (e: Event) => {
    e.preventDefault();
    const r = await action.run(
      () =>
        api.post<{ result: { sent: number; dryRun: number; failed: number } }>('sms/test', {
          centreId,
          phone,
        }),
      (x) =>
        t('coord.sms.testDone', { sent: x.result.sent, dryRun: x.result.dryRun, failed: x.result.failed }),
    );
    if (r) onDone();
  };
  return (
    <form class="card" onSubmit={send} aria-labelledby="sms-test-title">
      <h2 id="sms-test-title">{t('coord.sms.test')}</h2>
      <TextField
        id="sms-test-phone"
        label={t('coord.sms.testPhone')}
        type="tel"
        inputMode="tel"
        autocomplete="tel"
        value={phone}
        onInput={setPhone}
        required
      />
      <button type="submit" disabled={action.busy}>
        {t('coord.sms.testSend')}
      </button>
      <ErrorMessage text={action.error} />
      <OkMessage text={action.ok} />
    </form>
  );
}

function OutcomesTable({ centreId }: { centreId: string }) {
  const res = useResource(() => api.get<Outcomes>('sms/outcomes', { centre: centreId }), centreId);
  if (!res.data) return <ErrorMessage text={res.error} />;
  const rows = [{ id: t('coord.sms.outcome.total'), ...res.data.total }, ...res.data.byInstitution];
  return (
    <section class="card" aria-labelledby="sms-outcomes-title">
      <h2 id="sms-outcomes-title">{t('coord.sms.outcomes')}</h2>
      <p>{t('coord.sms.outcomes.intro')}</p>
      <ScrollRegion labelledBy="sms-outcomes-title">
        <table data-testid="sms-outcomes">
          <thead>
            <tr>
              <th scope="col">{t('coord.filter.institution')}</th>
              {ANSWERS.map((a) => (
                <th key={a} scope="col">
                  {t(`coord.sms.outcome.${a}` as CoordKey)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">{r.id === rows[0]!.id ? r.id : label('institution', r.id)}</th>
                {ANSWERS.map((a) => (
                  <td key={a}>{cell(r[a])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}

export function SmsPage() {
  const [centreId, setCentreId] = useState(firstCentre());
  const res = useResource(() => api.get<Queue>('sms', { centre: centreId }), centreId);
  const q = res.data;
  return (
    <Page title={t('coord.sms.title')}>
      <p>{t('coord.sms.intro')}</p>
      <CentrePicker id="sms-centre" value={centreId} onChange={setCentreId} />
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {q && q.settings.provider === 'aucun' && <InfoMessage>{t('coord.sms.dryRun')}</InfoMessage>}
      {q && (
        <SmsSettingsForm
          key={centreId}
          centreId={centreId}
          settings={q.settings}
          webhookUrl={q.webhookUrl}
          onDone={res.reload}
        />
      )}
      {q && <TestSend centreId={centreId} onDone={res.reload} />}
      {q && q.messages.length === 0 && <InfoMessage>{t('coord.sms.none')}</InfoMessage>}
      {q && q.messages.length > 0 && (
        <ScrollRegion labelledBy="sms-queue-caption">
          <table data-testid="sms-queue">
            <caption id="sms-queue-caption">{t('coord.sms.queue')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coord.sms.col.when')}</th>
                <th scope="col">{t('coord.sms.col.purpose')}</th>
                <th scope="col">{t('coord.sms.col.status')}</th>
                <th scope="col">{t('coord.sms.col.text')}</th>
                <th scope="col">{t('coord.sms.col.error')}</th>
              </tr>
            </thead>
            <tbody>
              {q.messages.map((m) => (
                <tr key={m.id}>
                  <td>{formatDate(m.createdAt)}</td>
                  <td>{t(`coord.sms.purpose.${m.purpose}` as CoordKey)}</td>
                  <td>{t(`coord.sms.status.${m.status}` as CoordKey)}</td>
                  <td lang={m.language} dir={m.language === 'ar' ? 'rtl' : 'ltr'}>
                    {m.text}
                  </td>
                  <td>{m.lastError ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <OutcomesTable centreId={centreId} />
    </Page>
  );
}
