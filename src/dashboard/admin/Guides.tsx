// The guides and the publication of a new content version (every draft at once, guides and
// glossary); tablets take it on their next sync.

import { api } from '../api';
import { ErrorMessage, InfoMessage, Loading, OkMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { ScrollRegion } from '../components/ScrollRegion';
import { useAction } from '../components/useAction';
import { useResource } from '../components/useResource';
import { label, lang, t } from '../i18n';
import { BASE } from '../router';
import type { GuideListItem } from './content-types';
import { GuideAgeCell } from './GuideAge';
import { handoutHref } from './GuideHandout';

export function PublishBox({ onDone }: { onDone: () => void }) {
  const action = useAction();
  const publish = async () => {
    const res = await action.run(
      () => api.post<{ version: number; guides: string[]; glossaryChanged: number }>('content/publish', {}),
      (r) => t('coord.guides.published', { version: r.version, g: r.guides.length, w: r.glossaryChanged }),
    );
    if (res) onDone();
  };
  return (
    <section class="card" aria-labelledby="publish-title">
      <h2 id="publish-title">{t('coord.guides.publishTitle')}</h2>
      <p>{t('coord.guides.publishIntro')}</p>
      <p class="hint">{t('coord.guides.publishAdminOnly')}</p>
      <button type="button" class="button-primary" onClick={publish} disabled={action.busy}>
        {t('coord.guides.publish')}
      </button>
      <ErrorMessage text={action.error} />
      <OkMessage text={action.ok} />
    </section>
  );
}

export function Guides() {
  const res = useResource(() => api.get<{ version: number; items: GuideListItem[] }>('guides'), 'guides');
  return (
    <Page title={t('coord.nav.guides')}>
      <p>{t('coord.guides.intro')}</p>
      <p>{t('coord.guides.recheckIntro')}</p>
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {res.data && <InfoMessage>{t('coord.guides.version', { version: res.data.version })}</InfoMessage>}
      <PublishBox onDone={res.reload} />
      {res.data && (
        <ScrollRegion labelledBy="guides-caption">
          <table>
            <caption id="guides-caption">{t('coord.guides.list', { n: res.data.items.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coord.guides.titleField')}</th>
                <th scope="col">{t('coord.filter.institution')}</th>
                <th scope="col" class="num">
                  {t('coord.guides.versionCol')}
                </th>
                <th scope="col">{t('coord.followups.status')}</th>
                <th scope="col">{t('coord.guides.verifiedCol')}</th>
                <th scope="col">{t('coord.kiosk.paperCol')}</th>
              </tr>
            </thead>
            <tbody>
              {res.data.items.map((g) => (
                <tr key={g.id}>
                  <th scope="row">
                    <a href={`${BASE}/admin/guides/${g.id}`}>{g.title[lang.value] || g.title.fr}</a>
                  </th>
                  <td>{label('institution', g.institution)}</td>
                  <td class="num">{g.version}</td>
                  <td>
                    {g.hasDraft ? (
                      <span class="badge badge-warn">{t('coord.guides.draft')}</span>
                    ) : (
                      t('coord.guides.upToDate')
                    )}
                  </td>
                  <td>
                    <GuideAgeCell verifiedOn={g.verifiedOn} />
                  </td>
                  <td>
                    {/* The dashboard's own handout page (the kiosk's would make this browser a tablet). */}
                    <a href={handoutHref(g.id)} data-testid="guide-handout">
                      {t('coord.kiosk.paperLink')}
                      <span class="visually-hidden">
                        {t('coord.kiosk.paperOf', { title: g.title[lang.value] || g.title.fr })}
                      </span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </Page>
  );
}
