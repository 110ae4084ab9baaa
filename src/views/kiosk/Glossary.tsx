import { useState } from 'preact/hooks';
import { LOCALE_TAGS, language, t } from '../../i18n';
import { content } from '../../kiosk/content';
import { filterTerms, groupByLetter } from '../../kiosk/lexique';
import { spokenText } from '../../kiosk/spoken';
import { ContentGate } from './ContentGate';
import { ReadAloud } from './ReadAloud';

/** Moves to a letter's words and puts the focus there (the index is a row of big buttons). */
function goToLetter(letter: string) {
  const heading = document.getElementById(`lettre-${letter}`);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus();
}

/** The lexique: every web word of the guides, with its definition; a search and an A–Z index. */
export function Glossary() {
  const lang = language.value;
  const [query, setQuery] = useState('');
  return (
    <>
      <h1>{t('kiosk.glossary.title')}</h1>
      <ReadAloud
        label={t('kiosk.read.screen')}
        text={spokenText([t('kiosk.glossary.title'), t('kiosk.glossary.intro')])}
      />
      <p class="kiosk-intro">{t('kiosk.glossary.intro')}</p>
      <ContentGate>
        {() => {
          const all = content.value!.glossary;
          const groups = groupByLetter(filterTerms(all, query, lang), lang, LOCALE_TAGS[lang]);
          const letters = groupByLetter(all, lang, LOCALE_TAGS[lang]).map((g) => g.letter);
          const shown = new Set(groups.map((g) => g.letter));
          return (
            <>
              <div class="kiosk-search-row kiosk-glossary-search">
                <label for="glossary-search">{t('kiosk.glossary.search')}</label>
                <input
                  id="glossary-search"
                  type="search"
                  autocomplete="off"
                  spellcheck={false}
                  value={query}
                  onInput={(e) => setQuery(e.currentTarget.value)}
                />
              </div>
              <nav class="kiosk-letters" aria-label={t('kiosk.glossary.letters')}>
                {letters.map((letter) => (
                  <button
                    key={letter}
                    type="button"
                    class="button kiosk-letter"
                    disabled={!shown.has(letter)}
                    aria-label={t('kiosk.glossary.letter', { letter })}
                    onClick={() => goToLetter(letter)}
                  >
                    {letter}
                  </button>
                ))}
              </nav>
              {groups.length === 0 && (
                <p role="status" class="kiosk-message">
                  {t('kiosk.glossary.none')}
                </p>
              )}
              <div data-testid="glossary">
                {groups.map((group) => (
                  <section key={group.letter} aria-labelledby={`lettre-${group.letter}`}>
                    <h2 id={`lettre-${group.letter}`} tabIndex={-1} class="kiosk-letter-heading">
                      {group.letter}
                    </h2>
                    <dl class="kiosk-glossary">
                      {group.terms.map((term) => (
                        <div key={term.id} class="kiosk-glossary-entry" id={`mot-${term.id}`}>
                          <dt>{term.term[lang]}</dt>
                          <dd>
                            <ReadAloud
                              label={t('kiosk.read.this')}
                              about={term.term[lang]}
                              text={spokenText([term.term[lang], term.definition[lang]])}
                              small
                            />
                            {term.definition[lang]}
                          </dd>
                        </div>
                      ))}
                    </dl>
                  </section>
                ))}
              </div>
            </>
          );
        }}
      </ContentGate>
    </>
  );
}
