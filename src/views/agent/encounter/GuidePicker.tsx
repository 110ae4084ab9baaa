// The guides shown to the person, from the offline content (titles in the worker's language).
// Without content on the tablet, the guide ids are listed so the action can still be recorded.
import { useEffect, useState } from 'preact/hooks';
import { type GuideChoice, searchGuides } from '../../../agent/directory';
import { language, t } from '../../../i18n';
import { toggled } from '../ChoiceTiles';
import { TextField } from '../TextField';
import { errorText, type FieldsProps } from './QuickFields';

const SHOWN = 10;

async function loadGuides(): Promise<GuideChoice[] | undefined> {
  try {
    const [{ loadContent }, { localize }] = await Promise.all([
      import('../../../content/content-client'),
      import('../../../shared/content'),
    ]);
    const bundle = await loadContent();
    return bundle.guides.map((g) => ({
      id: g.id,
      title: localize(g.title, language.value),
      institution: g.institution,
      themes: g.themes,
    }));
  } catch {
    return undefined;
  }
}

export function GuidePicker({ form, update, errors }: FieldsProps) {
  const [guides, setGuides] = useState<GuideChoice[] | null | undefined>(undefined);
  const [text, setText] = useState('');
  useEffect(() => {
    void loadGuides().then((g) => setGuides(g ?? null));
  }, []);
  if (guides === undefined) return <p class="loading">{t('loading')}</p>;
  const list: GuideChoice[] =
    guides ?? form.guideIds.map((id) => ({ id, title: id, institution: 'autre', themes: [] }));
  const found = searchGuides(list, text, form);
  const shown = found.slice(0, SHOWN);
  for (const id of form.guideIds) {
    const g = list.find((x) => x.id === id);
    if (g && !shown.includes(g)) shown.unshift(g);
  }
  const error = errorText(errors, 'guides');
  return (
    <div class="team-guide-picker">
      {guides === null && <p>{t('agent.guides.unavailable')}</p>}
      <TextField id="guide-search" label={t('agent.guides.search')} value={text} onInput={setText} />
      <fieldset class="team-pick-list" aria-describedby={error ? 'guides-error' : undefined}>
        <legend>{t('agent.guides.label')}</legend>
        {error && (
          <p class="field-error" id="guides-error">
            {error}
          </p>
        )}
        {shown.map((g) => (
          <label key={g.id} class="team-pick">
            <input
              type="checkbox"
              name="guides"
              checked={form.guideIds.includes(g.id)}
              onChange={() => update({ guideIds: toggled(form.guideIds, g.id) })}
            />
            {g.title}
          </label>
        ))}
        {found.length === 0 && <p>{t('agent.guides.none')}</p>}
      </fieldset>
    </div>
  );
}
