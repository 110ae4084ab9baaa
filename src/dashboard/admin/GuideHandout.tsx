// A guide on paper, from the dashboard (/dashboard/admin/guides/ID/imprimer): the kiosk's own
// handout (src/views/kiosk/Handout.tsx, one implementation) drawn from the server's published
// content. A coordinator's browser is not a tablet: this page reads the API and keeps nothing —
// no guide database, no device settings, no service worker (the kiosk's page would make them).
import type { Guide } from '../../shared/content';
import { Handout } from '../../views/kiosk/Handout';
import { api } from '../api';
import { ErrorMessage, Loading } from '../components/Messages';
import { Page, usePageHeading } from '../components/Page';
import { useResource } from '../components/useResource';
import { lang, t } from '../i18n';
import { BASE } from '../router';

export const handoutHref = (guideId: string) =>
  `${BASE}/admin/guides/${encodeURIComponent(guideId)}/imprimer`;

/** The centre's public address (BORNE_PUBLIC_URL) the guide's QR code opens on; else this server. */
async function publicAddress(): Promise<string> {
  try {
    const res = await fetch('/api/v1/public-address');
    const body = res.ok ? ((await res.json()) as { publicUrl?: unknown }) : {};
    if (typeof body.publicUrl === 'string' && /^https?:\/\//.test(body.publicUrl)) return body.publicUrl;
  } catch {
    // The QR code then opens the guide on this server's own address, which serves it too.
  }
  return location.origin;
}

function Printable({ guide, publicUrl }: { guide: Guide; publicUrl: string }) {
  const title = guide.title[lang.value] || guide.title.fr;
  const heading = usePageHeading(title);
  return (
    <>
      <p class="kiosk-no-print">
        <a href={`${BASE}/admin/guides`}>{t('coord.handout.back')}</a>
      </p>
      <Handout guide={guide} lang={lang.value} publicUrl={publicUrl} titleRef={heading} />
    </>
  );
}

export function GuideHandout({ params: [id = ''] }: { params: string[] }) {
  const guideId = decodeURIComponent(id);
  const res = useResource(
    () =>
      Promise.all([
        api.get<{ published: Guide | null }>(`guides/${encodeURIComponent(guideId)}`),
        publicAddress(),
      ]),
    guideId,
  );
  const [answer, publicUrl] = res.data ?? [];
  if (answer?.published && publicUrl) return <Printable guide={answer.published} publicUrl={publicUrl} />;
  return (
    <Page title={t('coord.kiosk.paperLink')}>
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {answer && <p>{t('coord.handout.notPublished')}</p>}
      <p>
        <a href={`${BASE}/admin/guides`}>{t('coord.handout.back')}</a>
      </p>
    </Page>
  );
}
