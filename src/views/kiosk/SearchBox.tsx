import { useEffect, useRef, useState } from 'preact/hooks';
import { language, t } from '../../i18n';
import { guidesById } from '../../kiosk/content';
import { recordKioskEvent } from '../../kiosk/events';
import { findGuideResults, warmUpSearch } from '../../kiosk/search';
import { searchText } from '../../kiosk/state';
import type { Guide } from '../../shared/content';
import { GuideList } from './GuideList';

/** Results belong to the query they answer: a slow first search must not answer a newer query. */
interface Results {
  key: string;
  /** At most 3 guides that match the need, shown first. */
  ids: string[];
  /** Weaker matches, folded under « Autres guides ». */
  others: string[];
}

/** Once the resident stops typing this long, the search counts as done (for the usage figures). */
const SETTLED_MS = 1500;

/**
 * Offline guide search. The typed text stays in memory (kiosk/state.ts, cleared at reset): never in
 * the URL, never logged, never stored; usage figures only say whether something was found.
 */
export function SearchBox() {
  const query = searchText.value.trim();
  const lang = language.value;
  const key = `${lang}\u0000${query}`;
  const [results, setResults] = useState<Results | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const recorded = useRef('');

  const record = (r: Results) => {
    if (recorded.current === r.key) return;
    recorded.current = r.key;
    recordKioskEvent(r.ids.length > 0 ? 'search_hit' : 'search_miss');
  };

  useEffect(() => {
    if (query === '') {
      setResults(undefined);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      findGuideResults(query, lang).then(
        ({ best, others }) => {
          if (!current) return;
          setFailed(false);
          setResults({ key, ids: best, others });
        },
        () => current && setFailed(true),
      );
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [key]);

  const settled = results?.key === key ? results : undefined;
  useEffect(() => {
    if (!settled) return;
    const timer = setTimeout(() => record(settled), SETTLED_MS);
    return () => clearTimeout(timer);
  }, [settled]);

  const byIds = (ids: string[]) => ids.map((id) => guidesById.value.get(id)).filter((g): g is Guide => !!g);
  const guides = byIds(settled?.ids ?? []);
  const others = byIds(settled?.others ?? []);

  return (
    <search class="kiosk-search" aria-labelledby="kiosk-search-label">
      <form
        class="kiosk-search-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (settled) record(settled);
        }}
      >
        <label id="kiosk-search-label" for="kiosk-search-input">
          {t('kiosk.search.label')}
        </label>
        <p id="kiosk-search-hint" class="kiosk-search-hint">
          {t('kiosk.search.hint')}
        </p>
        <div class="kiosk-search-row">
          <input
            id="kiosk-search-input"
            type="search"
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            enterkeyhint="search"
            aria-describedby="kiosk-search-hint"
            value={searchText.value}
            onFocus={warmUpSearch}
            onInput={(e) => {
              searchText.value = e.currentTarget.value;
            }}
          />
          <button type="submit" class="button button-primary">
            {t('kiosk.search.button')}
          </button>
          {searchText.value !== '' && (
            <button type="button" class="button" onClick={() => (searchText.value = '')}>
              {t('kiosk.search.clear')}
            </button>
          )}
        </div>
      </form>
      <div role="status" class="kiosk-search-status" data-testid="search-status">
        {query !== '' && failed && t('kiosk.search.unavailable')}
        {query !== '' && !failed && settled && guides.length === 0 && (
          <>
            <strong>{t('kiosk.search.none')}</strong> {t('kiosk.search.noneHint')}
          </>
        )}
        {query !== '' &&
          !failed &&
          guides.length > 0 &&
          (guides.length === 1
            ? t('kiosk.search.resultsOne')
            : t('kiosk.search.resultsMany', { count: guides.length }))}
      </div>
      {query !== '' && guides.length > 0 && <GuideList guides={guides} testId="search-results" pictures />}
      {query !== '' && others.length > 0 && (
        <details class="kiosk-search-others" data-testid="search-others">
          <summary>{t('kiosk.search.others', { count: others.length })}</summary>
          <GuideList guides={others} pictures />
        </details>
      )}
    </search>
  );
}
