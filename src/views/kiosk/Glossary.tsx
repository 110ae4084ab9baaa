import { LOCALE_TAGS, language, t } from '../../i18n';
import { content } from '../../kiosk/content';
import { ContentGate } from './ContentGate';

/** The lexique: every web word of the guides, with its one-sentence definition. */
export function Glossary() {
  const lang = language.value;
  return (
    <>
      <h1>{t('kiosk.glossary.title')}</h1>
      <p class="kiosk-intro">{t('kiosk.glossary.intro')}</p>
      <ContentGate>
        {() => {
          const collator = new Intl.Collator(LOCALE_TAGS[lang]);
          const terms = [...content.value!.glossary].sort((a, b) =>
            collator.compare(a.term[lang], b.term[lang]),
          );
          return (
            <dl class="kiosk-glossary" data-testid="glossary">
              {terms.map((term) => (
                <div key={term.id} class="kiosk-glossary-entry" id={`mot-${term.id}`}>
                  <dt>{term.term[lang]}</dt>
                  <dd>{term.definition[lang]}</dd>
                </div>
              ))}
            </dl>
          );
        }}
      </ContentGate>
    </>
  );
}
