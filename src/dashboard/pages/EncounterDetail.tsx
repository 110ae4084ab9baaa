// One encounter as the tablet sent it, with its outing, and the review beside it.
import type { EncounterAction } from '../../shared/records';
import { api } from '../api';
import { yesNo } from '../components/fields';
import { ErrorMessage, Loading } from '../components/Messages';
import { Page } from '../components/Page';
import { ReviewBadge } from '../components/ReviewBadge';
import { ReviewForm } from '../components/ReviewForm';
import { useResource } from '../components/useResource';
import { formatDate, formatDateTime, label, t } from '../i18n';
import { BASE } from '../router';
import type { EncounterDetail as Detail } from '../types';

function actionText(action: EncounterAction, detail: Detail): string {
  const name = label('action', action.kind);
  if (action.kind === 'orientation') {
    const partner = detail.partners.find((p) => p.id === action.partnerId)?.name;
    return `${name} : ${label('redirection', action.redirectionKind)}${partner ? ` – ${partner}` : ''}`;
  }
  if (action.kind === 'inscription_activite') {
    const activity = detail.activities.find((a) => a.id === action.activityId)?.title;
    return `${name}${activity ? ` : ${activity}` : ''}`;
  }
  if (action.kind === 'guide_montre' && action.guideIds.length)
    return `${name} : ${action.guideIds.join(', ')}`;
  return name;
}

const list = (ids: readonly string[] | undefined, group: string) =>
  ids?.length ? ids.map((id) => label(group, id)).join(', ') : t('coord.none');

export function EncounterDetail({ params }: { params: string[] }) {
  const id = params[0] ?? '';
  const res = useResource(() => api.get<Detail>(`encounters/${encodeURIComponent(id)}`), id);
  const d = res.data;
  const e = d?.encounter;
  return (
    <Page title={t('coord.encounter.title')}>
      <p>
        <a href={`${BASE}/enregistrements`}>{t('coord.encounter.back')}</a>
      </p>
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {d && e && (
        <>
          <dl class="details">
            <dt>{t('coord.records.date')}</dt>
            <dd>{formatDateTime(e.createdAt)}</dd>
            <dt>{t('coord.encounter.received')}</dt>
            <dd>{formatDateTime(e.receivedAt)}</dd>
            <dt>{t('coord.filter.centre')}</dt>
            <dd>{e.centreName}</dd>
            <dt>{t('coord.filter.agent')}</dt>
            <dd>{e.agentName ?? t('coord.none')}</dd>
            <dt>{t('coord.filter.review')}</dt>
            <dd>
              <ReviewBadge state={e.reviewState} />
            </dd>
            <dt>{t('coord.filter.type')}</dt>
            <dd>{label('type', e.type)}</dd>
            {e.participants && (
              <>
                <dt>{t('coord.encounter.participants')}</dt>
                <dd>{e.participants.count}</dd>
              </>
            )}
            <dt>{t('coord.records.place')}</dt>
            <dd>
              {d.outing ? (
                <a href={`${BASE}/sorties/${d.outing.id}`}>
                  {d.outing.placeLabel} – {label('placeKind', d.outing.placeKind)} ({d.outing.neighbourhood}
                  {d.outing.qpv ? ', QPV' : ''})
                </a>
              ) : (
                t('coord.none')
              )}
            </dd>
            <dt>{t('coord.encounter.sex')}</dt>
            <dd>{e.profile?.sex ? label('sex', e.profile.sex) : t('coord.none')}</dd>
            <dt>{t('coord.encounter.age')}</dt>
            <dd>{e.profile?.ageBand ? label('ageBand', e.profile.ageBand) : t('coord.none')}</dd>
            <dt>{t('coord.encounter.social')}</dt>
            <dd>{e.profile?.socialStatus ? label('social', e.profile.socialStatus) : t('coord.none')}</dd>
            <dt>{t('coord.encounter.livesInQpv')}</dt>
            <dd>{e.profile?.livesInQpv ? label('ouiNon', e.profile.livesInQpv) : t('coord.none')}</dd>
            <dt>{t('coord.encounter.firstTime')}</dt>
            <dd>{e.profile?.firstTime ? label('ouiNon', e.profile.firstTime) : t('coord.none')}</dd>
            <dt>{t('coord.records.themes')}</dt>
            <dd>{list(e.themes, 'theme')}</dd>
            <dt>{t('coord.encounter.subThemes')}</dt>
            <dd>{list(e.subThemes, 'subTheme')}</dd>
            <dt>{t('coord.encounter.institutions')}</dt>
            <dd>{list(e.institutions, 'institution')}</dd>
            <dt>{t('coord.encounter.equipment')}</dt>
            <dd>{list(e.equipment, 'equipment')}</dd>
            <dt>{t('coord.records.actions')}</dt>
            <dd>
              {e.actions.length ? (
                <ul>
                  {e.actions.map((a, i) => (
                    <li key={i}>{actionText(a, d)}</li>
                  ))}
                </ul>
              ) : (
                t('coord.none')
              )}
            </dd>
            <dt>{t('coord.encounter.autonomy')}</dt>
            <dd>{e.autonomy ? label('autonomy', e.autonomy) : t('coord.none')}</dd>
            <dt>{t('coord.encounter.duration')}</dt>
            <dd>{e.durationMin ? t('coord.encounter.minutes', { n: e.durationMin }) : t('coord.none')}</dd>
            <dt>{t('coord.encounter.note')}</dt>
            <dd>{e.note || t('coord.none')}</dd>
            <dt>{t('coord.encounter.contact')}</dt>
            <dd>
              {d.contact ? (
                <>
                  {t('coord.encounter.contactYes', {
                    purposes: list(d.contact.consentPurposes, 'purpose'),
                    until: formatDate(d.contact.retentionUntil),
                  })}{' '}
                  <a href={`${BASE}/suivis?statut=tous`}>{t('coord.encounter.toFollowUps')}</a>
                </>
              ) : (
                yesNo(false)
              )}
            </dd>
          </dl>
          <ReviewForm recordId={e.id} review={d.review} />
        </>
      )}
    </Page>
  );
}
