// How the guide reads on the tablet, in the language being edited (right to left in Arabic).
import type { Language } from '../../shared/taxonomy';
import { t } from '../i18n';
import { dirOf, type Guide } from './content-types';

export function GuidePreview({ guide, lang }: { guide: Guide; lang: Language }) {
  return (
    <section
      class="preview"
      aria-labelledby="preview-title"
      lang={lang}
      dir={dirOf(lang)}
      data-testid="guide-preview"
    >
      <h2 id="preview-title">{t('coord.guides.preview')}</h2>
      <h3>{guide.title[lang]}</h3>
      <p>{guide.summary[lang]}</p>
      <h4>{t('coord.guides.prerequisites')}</h4>
      <ul>
        {guide.prerequisites.map((p, i) => (
          <li key={i}>{p[lang]}</li>
        ))}
      </ul>
      <ol>
        {guide.steps.map((s, i) => (
          <li key={i}>
            <p>{s.text[lang]}</p>
            {s.tip && <p class="msg msg-info">{s.tip[lang]}</p>}
            {s.warning && <p class="msg msg-warn">{s.warning[lang]}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
