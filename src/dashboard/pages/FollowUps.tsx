// Follow-ups: residents who asked to be called back or informed. No personal data on the list;
// the coordinates open one by one on an explicit click (audit-logged).
import { useState } from 'preact/hooks';
import { api, errorText } from '../api';
import { ContactReveal } from '../components/ContactReveal';
import { type Option, SelectField, TextArea, TextField, taxonomyOptions } from '../components/fields';
import { ErrorMessage, InfoMessage, Loading, OkMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { type Paged, Pager } from '../components/Pager';
import { useResource } from '../components/useResource';
import { formatDate, label, t } from '../i18n';
import { BASE, route, setQuery } from '../router';
import { session } from '../session';
import type { FollowUpRow, FollowUpStatus } from '../types';
import { SmsRappel } from './SmsRappel';

const STATUSES: FollowUpStatus[] = ['a_faire', 'fait', 'injoignable'];

function FollowUp({ row, assignees }: { row: FollowUpRow; assignees: Option[] }) {
  const [status, setStatus] = useState<FollowUpStatus>(row.status);
  const [dueDate, setDueDate] = useState(row.dueDate ?? '');
  const [assigneeId, setAssigneeId] = useState(row.assignee?.id ?? '');
  const [comment, setComment] = useState(row.comment ?? '');
  const [error, setError] = useState<string>();
  const [ok, setOk] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = `fu-${row.contactId}`;

  const save = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    setOk(undefined);
    try {
      await api.put(`follow-ups/${encodeURIComponent(row.contactId)}`, {
        status,
        dueDate: dueDate || null,
        assigneeId: assigneeId || null,
        comment: comment.trim() || null,
      });
      setOk(t('coord.saved'));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const title = t('coord.followups.item', {
    date: formatDate(row.createdAt),
    agent: row.agentName ?? t('coord.none'),
  });
  return (
    <section class="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p>
        {row.consentPurposes.map((p) => label('purpose', p)).join(', ')} · {row.centreName} ·{' '}
        {t('coord.followups.keptUntil', { date: formatDate(row.retentionUntil) })}
        {row.encounterId && (
          <>
            {' · '}
            <a href={`${BASE}/enregistrements/${row.encounterId}`}>{t('coord.followups.encounter')}</a>
          </>
        )}
      </p>
      <ContactReveal contactId={row.contactId} />
      <SmsRappel contactId={row.contactId} consentPurposes={row.consentPurposes} />
      <form onSubmit={save}>
        <div class="filters">
          <SelectField
            id={`${id}-status`}
            label={t('coord.followups.status')}
            value={status}
            options={taxonomyOptions(STATUSES, (s) => label('followStatus', s))}
            onChange={(v) => setStatus(v as FollowUpStatus)}
          />
          <TextField
            id={`${id}-due`}
            label={t('coord.followups.due')}
            type="date"
            value={dueDate}
            onInput={setDueDate}
          />
          <SelectField
            id={`${id}-assignee`}
            label={t('coord.followups.assignee')}
            value={assigneeId}
            options={assignees}
            any={t('coord.followups.nobody')}
            onChange={setAssigneeId}
          />
        </div>
        <TextArea
          id={`${id}-comment`}
          label={t('coord.review.comment')}
          hint={t('coord.review.commentHint')}
          value={comment}
          onInput={setComment}
          rows={2}
        />
        <ErrorMessage text={error} />
        <OkMessage text={ok} />
        <button type="submit" class="button-primary" disabled={busy}>
          {t('coord.save')}
        </button>
      </form>
    </section>
  );
}

export function FollowUps() {
  const query = route.value.query;
  // "A faire" by default; "tous" in the URL means no status filter.
  const statusParam = query.get('statut') ?? 'a_faire';
  const status = statusParam === 'tous' ? '' : statusParam;
  const purpose = query.get('accord') ?? '';
  const centre = query.get('centre') ?? '';
  const page = query.get('page') ?? undefined;
  const res = useResource(
    () =>
      api.get<Paged<FollowUpRow>>('follow-ups', {
        status: status || undefined,
        purpose: purpose || undefined,
        centre: centre || undefined,
        page,
      }),
    `${status}/${purpose}/${centre}/${page}`,
  );
  const users = useResource(
    () => api.get<{ items: { id: string; name: string }[] }>('users', { centre: centre || undefined }),
    centre,
  );
  const assignees: Option[] = (users.data?.items ?? []).map((u) => [u.id, u.name]);
  const centres = session.value?.centres ?? [];

  return (
    <Page title={t('coord.followups.title')}>
      <p>{t('coord.followups.intro')}</p>
      <div class="filters">
        <SelectField
          id="fu-filter-status"
          label={t('coord.followups.status')}
          value={status}
          options={taxonomyOptions(STATUSES, (s) => label('followStatus', s))}
          any={t('coord.all')}
          onChange={(v) => setQuery({ statut: v || 'tous', page: undefined })}
        />
        <SelectField
          id="fu-filter-purpose"
          label={t('coord.followups.purpose')}
          value={purpose}
          options={taxonomyOptions(['rappel', 'info_activites'], (s) => label('purpose', s))}
          any={t('coord.all')}
          onChange={(v) => setQuery({ accord: v, page: undefined })}
        />
        {centres.length > 1 && (
          <SelectField
            id="fu-filter-centre"
            label={t('coord.filter.centre')}
            value={centre}
            options={centres.map((c) => [c.id, c.name])}
            any={t('coord.all')}
            onChange={(v) => setQuery({ centre: v, page: undefined })}
          />
        )}
      </div>
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {res.data?.total === 0 && <InfoMessage>{t('coord.followups.empty')}</InfoMessage>}
      {res.data?.items.map((row) => (
        <FollowUp key={row.contactId} row={row} assignees={assignees} />
      ))}
      {res.data && <Pager data={res.data} onPage={(p) => setQuery({ page: String(p) }, { push: true })} />}
    </Page>
  );
}
