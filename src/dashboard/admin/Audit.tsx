// The audit log: who did what, when, on which record (sign-ins, contact openings, exports…), all
// in words: the record by its kind and date or its name, the details with names, never an id.
// Filterable by period, action and person.
import { api } from '../api';
import { SelectField, TextField } from '../components/fields';
import { ErrorMessage, InfoMessage, Loading } from '../components/Messages';
import { Page } from '../components/Page';
import { type Paged, Pager } from '../components/Pager';
import { ScrollRegion } from '../components/ScrollRegion';
import { useResource } from '../components/useResource';
import { type CoordKey, formatDate, formatDateTime, formatNumber, label, t } from '../i18n';
import { route, setQuery } from '../router';

interface AuditRow {
  id: number;
  at: string;
  user: { id: string; name: string } | null;
  action: string;
  recordId: string | null;
  centreId: string | null;
  detail: Record<string, unknown> | null;
  subject: { kind: string; createdAt?: string; name?: string } | null;
  facts: {
    key: string;
    value: string | number;
    kind?: 'review' | 'followStatus' | 'purpose' | 'date' | 'yesNo';
  }[];
}

const ACTIONS = [
  'login',
  'logout',
  'logout_everywhere',
  'export',
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

/** A key or a value the page words, or `fallback` when it has no words for it yet. */
function words(key: string, fallback: string, params?: Record<string, string | number>): string {
  const text = t(key as CoordKey, params);
  return text === key ? fallback : text;
}

/** « Rencontre du 03/11/2026 », « Tablette « Marché » », « Enregistrement effacé depuis ». */
export function subjectText(subject: AuditRow['subject']): string {
  if (!subject) return t('coord.none');
  return words(`coord.audit.subject.${subject.kind}`, t('coord.audit.subject.other'), {
    date: subject.createdAt ? formatDateTime(subject.createdAt) : '',
    name: subject.name ?? '',
  });
}

function factValue(fact: AuditRow['facts'][number]): string {
  const value = String(fact.value);
  if (fact.kind === 'review') return label('review', value);
  if (fact.kind === 'followStatus') return label('followStatus', value);
  if (fact.kind === 'yesNo') return label('ouiNon', value);
  if (fact.kind === 'date') return formatDate(value);
  if (fact.kind === 'purpose') return words(`coord.audit.purpose.${value}`, value);
  return typeof fact.value === 'number'
    ? formatNumber(fact.value)
    : words(`coord.audit.value.${value}`, value);
}

export function factsText(facts: AuditRow['facts']): string {
  return facts.map((f) => `${words(`coord.audit.fact.${f.key}`, f.key)} : ${factValue(f)}`).join(' · ');
}

export function Audit() {
  const query = route.value.query;
  const params = {
    from: query.get('from') ?? undefined,
    to: query.get('to') ?? undefined,
    action: query.get('action') ?? undefined,
    user: query.get('qui') ?? undefined,
    page: query.get('page') ?? undefined,
  };
  const people = useResource(() => api.get<{ items: { id: string; name: string }[] }>('users'), 'users');
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
        <SelectField
          id="audit-user"
          label={t('coord.audit.who')}
          value={params.user ?? ''}
          options={(people.data?.items ?? []).map((u) => [u.id, u.name])}
          any={t('coord.all')}
          onChange={(v) => setQuery({ qui: v, page: undefined })}
        />
      </div>
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {res.data?.total === 0 && <InfoMessage>{t('coord.audit.empty')}</InfoMessage>}
      {res.data && res.data.total > 0 && (
        <>
          <ScrollRegion labelledBy="audit-caption">
            <table data-testid="audit-table">
              <caption id="audit-caption">{t('coord.audit.caption')}</caption>
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
                    <td>{subjectText(row.subject)}</td>
                    <td>{factsText(row.facts)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
          <Pager data={res.data} onPage={(p) => setQuery({ page: String(p) }, { push: true })} />
        </>
      )}
    </Page>
  );
}
