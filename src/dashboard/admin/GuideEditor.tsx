// One guide: edit its texts one language at a time beside a preview, save a draft, or drop it.
// Publishing (all drafts at once) is on the guides list.
import { useState } from 'preact/hooks';
import { OFFICIAL_DOMAINS } from '../../shared/official-sites';
import type { Language } from '../../shared/taxonomy';
import { api } from '../api';
import { TextArea } from '../components/fields';
import { ErrorMessage, InfoMessage, Loading, OkMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { useAction } from '../components/useAction';
import { useResource } from '../components/useResource';
import { t } from '../i18n';
import { BASE } from '../router';
import { dirOf, type Guide, type Localized } from './content-types';
import { GuidePreview } from './GuidePreview';
import { LanguageTabs } from './LanguageTabs';

type Path = (string | number)[];

/** A copy of `guide` with the text at `path` (…, lang) set to `value`. */
function setText(guide: Guide, path: Path, lang: Language, value: string): Guide {
  const copy = structuredClone(guide) as unknown as Record<string | number, unknown>;
  let node = copy as Record<string | number, unknown>;
  for (const key of path) node = node[key] as Record<string | number, unknown>;
  (node as Localized)[lang] = value;
  return copy as unknown as Guide;
}

function Editor({ id, initial, isDraft }: { id: string; initial: Guide; isDraft: boolean }) {
  const [guide, setGuide] = useState(initial);
  const [lang, setLang] = useState<Language>('fr');
  const [hasDraft, setHasDraft] = useState(isDraft);
  const action = useAction();
  const field = (path: Path, text: string, fieldLabel: string, rows = 2) => (
    <TextArea
      id={`g-${path.join('-')}-${lang}`}
      label={fieldLabel}
      value={text}
      rows={rows}
      lang={lang}
      dir={dirOf(lang)}
      onInput={(v) => setGuide((g) => setText(g, path, lang, v))}
    />
  );
  const save = async (event: Event) => {
    event.preventDefault();
    if (
      await action.run(
        () => api.put(`guides/${encodeURIComponent(id)}/draft`, { guide }),
        t('coord.guides.draftSaved'),
      )
    )
      setHasDraft(true);
  };
  const drop = async () => {
    if (
      await action.run(
        () => api.del(`guides/${encodeURIComponent(id)}/draft`),
        t('coord.guides.draftDropped'),
      )
    ) {
      setHasDraft(false);
    }
  };
  const addStep = () =>
    setGuide((g) => ({ ...g, steps: [...g.steps, { text: { fr: '', en: '', ar: '' } }] }));

  return (
    <>
      {hasDraft && <InfoMessage>{t('coord.guides.hasDraft')}</InfoMessage>}
      <LanguageTabs value={lang} onChange={setLang} />
      <div class="figure-grid">
        <form onSubmit={save}>
          <h2>{t('coord.guides.texts')}</h2>
          <p>{t('coord.guides.officialSite', { url: guide.officialUrl })}</p>
          <p class="hint">{t('coord.guides.officialDomains', { domains: OFFICIAL_DOMAINS.join(', ') })}</p>
          {field(['title'], guide.title[lang], t('coord.guides.titleField'), 1)}
          {field(['summary'], guide.summary[lang], t('coord.guides.summary'))}
          <fieldset>
            <legend>{t('coord.guides.prerequisites')}</legend>
            {guide.prerequisites.map((p, i) =>
              field(['prerequisites', i], p[lang], t('coord.guides.prerequisite', { n: i + 1 })),
            )}
          </fieldset>
          {guide.steps.map((s, i) => (
            <fieldset key={i}>
              <legend>{t('coord.guides.step', { n: i + 1 })}</legend>
              {field(['steps', i, 'text'], s.text[lang], t('coord.guides.stepText'), 3)}
              {s.tip && field(['steps', i, 'tip'], s.tip[lang], t('coord.guides.tip'))}
              {s.warning && field(['steps', i, 'warning'], s.warning[lang], t('coord.guides.warning'))}
            </fieldset>
          ))}
          <p>
            <button type="button" onClick={addStep}>
              {t('coord.guides.addStep')}
            </button>
          </p>
          <ErrorMessage text={action.error} />
          <OkMessage text={action.ok} />
          <div class="row">
            <button type="submit" class="button-primary" disabled={action.busy}>
              {t('coord.guides.saveDraft')}
            </button>
            {hasDraft && (
              <button type="button" class="button-danger" onClick={drop} disabled={action.busy}>
                {t('coord.guides.dropDraft')}
              </button>
            )}
          </div>
        </form>
        <GuidePreview guide={guide} lang={lang} />
      </div>
    </>
  );
}

export function GuideEditor({ params }: { params: string[] }) {
  const id = params[0] ?? '';
  const res = useResource(
    () => api.get<{ published: Guide | null; draft: Guide | null }>(`guides/${encodeURIComponent(id)}`),
    id,
  );
  const guide = res.data?.draft ?? res.data?.published;
  return (
    <Page title={guide ? t('coord.guides.editTitle', { title: guide.title.fr }) : t('coord.nav.guides')}>
      <p>
        <a href={`${BASE}/admin/guides`}>{t('coord.guides.back')}</a>
      </p>
      <ErrorMessage text={res.error} />
      <Loading when={res.loading} />
      {guide && <Editor id={id} initial={guide} isDraft={Boolean(res.data?.draft)} />}
    </Page>
  );
}
