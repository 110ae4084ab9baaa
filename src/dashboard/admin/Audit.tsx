// The audit log: who did what, when, on which record (sign-ins, contact openings, exports…).
import { api } from '../api';
import { SelectField, TextField } from '../components/fields';
import { ErrorMessage, InfoMessage, Loading } from '../components/Messages';
import { Page } from '../components/Page';
import { type Paged, Pager } from '../components/Pager';
import { useResource } from '../components/useResource';
import { type CoordKey, formatDateTime, t } from '../i18n';
import { route, setQuery } from '../router';

interface AuditRow {
  id: number;
  at: string;
  user: { id: string; name: string } | null;
  action: string;
  recordId: string | null;
  centreId: string | null;
  detail: Record<string, unknown> | null;
}

const ACTIONS = [
  'login',
  'logout',
  'contact.open',
  'export.personal',
  'review.set',
  'followup.update',
  'quarantine.correct',
  'quarantine.dismiss',
  'import.outbox',
  'content.publish',
  'device.revoke',
  'settings.update',
  'purge',
  'gdpr.search',
  'gdpr.export',
  'gdpr.erase',
];

/** "contact.open" → its words; unknown actions show as they are. */
export function actionText(action: string): string {
  const key = `coord.audit.action.${action}` as CoordKey;
  const text = t(key);
  return text === key ? action : text;
}

function detailText(detail: AuditRow['detail']): string {
  if (!detail) return '';
  return Object.entries(detail)
    .map(([k, v]) => `${k} : ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
    .join(' · ');
}

export function Audit() {
  const query = route.value.query;
  const params = {
    from: query.get('from') ?? undefined,
    to: query.get('to') ?? undefined,
    action: query.get('action') ?? undefined,
    page: query.get('page') ?? undefined,
  };
  const res = useResource(() => api.get<Paged<AuditRow>>('audit', params), JSON.stringify(params));
  return (
    <Page title={t('coord.audit.title')}>
      <p>{t('coord.audit.intro')}</p>
      <div class="filters">
        <TextField
          id="audit-from"
          label={t('coord.filter.from')}
          type="date"
          value={params.from ?? ''}
          onInput={(v) => setQuery({ from: v, page: undefined })}
        />
        <TextField
          id="audit-to"
          label={t('coord.filter.to')}
          type="date"
          value={params.to ?? ''}
          onInput={(v) => setQuery({ to: v, page: undefined })}
        />
        <SelectField
          id="audit-action"
          label={t('coord.filter.action')}
          value={params.action ?? ''}
          options={ACTIONS.map((a) => [a, actionText(a)])}
          any={t('coord.all')}
          onChange={(v) => setQuery({ action: v, page: undefined })}
        />
      </div>
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {res.data?.total === 0 && <InfoMessage>{t('coord.audit.empty')}</InfoMessage>}
      {res.data && res.data.total > 0 && (
        <>
          <div class="table-wrap">
            <table data-testid="audit-table">
              <caption>{t('coord.audit.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('coord.audit.when')}</th>
                  <th scope="col">{t('coord.audit.who')}</th>
                  <th scope="col">{t('coord.audit.what')}</th>
                  <th scope="col">{t('coord.audit.record')}</th>
                  <th scope="col">{t('coord.audit.detail')}</th>
                </tr>
              </thead>
              <tbody>
                {res.data.items.map((row) => (
                  <tr key={row.id}>
                    <td>{formatDateTime(row.at)}</td>
                    <td>{row.user?.name ?? t('coord.none')}</td>
                    <td>{actionText(row.action)}</td>
                    <td dir="ltr">{row.recordId ?? t('coord.none')}</td>
                    <td>{detailText(row.detail)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager data={res.data} onPage={(p) => setQuery({ page: String(p) }, { push: true })} />
        </>
      )}
    </Page>
  );
}
