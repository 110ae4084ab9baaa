// The frame of every signed-in page: header with the user and sign-out, the menu, the page. On a
// wide screen the menu is a side column; on a tablet (1024 px and less) it is one row under the
// header, its less used pages folded into « Plus » and « Administration », so header and menu
// take two rows at most.
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../shared/taxonomy';
import { errorText } from './api';
import { ErrorMessage } from './components/Messages';
import { applyLanguage, type CoordKey, lang, t } from './i18n';
import { BASE, navigate, route, under } from './router';
import { session, signOut, signOutEverywhere } from './session';

const MENU: { group?: CoordKey; items: [string, CoordKey][] }[] = [
  {
    items: [
      ['accueil', 'coord.nav.home'],
      ['enregistrements', 'coord.nav.records'],
      ['a-corriger', 'coord.nav.quarantine'],
      ['suivis', 'coord.nav.followups'],
      ['chiffres', 'coord.nav.figures'],
      ['exports', 'coord.nav.exports'],
    ],
  },
  {
    group: 'coord.nav.more',
    items: [
      ['parcours', 'coord.nav.outcomes'],
      ['planning', 'coord.nav.planning'],
      ['couverture', 'coord.nav.coverage'],
      ['import', 'coord.nav.import'],
      ['sms', 'coord.nav.sms'],
    ],
  },
  {
    group: 'coord.nav.admin',
    items: [
      ['admin/guides', 'coord.nav.guides'],
      ['admin/lexique', 'coord.nav.glossary'],
      ['admin/partenaires', 'coord.nav.partners'],
      ['admin/agenda', 'coord.nav.agenda'],
      ['admin/agents', 'coord.nav.agents'],
      ['admin/tablettes', 'coord.nav.tablets'],
      ['admin/centre', 'coord.nav.centre'],
      ['admin/purge', 'coord.nav.purge'],
      ['admin/rgpd', 'coord.nav.gdpr'],
      ['admin/journal', 'coord.nav.audit'],
    ],
  },
];

const NARROW = '(max-width: 1100px)';

/** True while the screen is a tablet's width or less (the menu is then a row of folded groups). */
function useNarrow(): boolean {
  const [narrow, setNarrow] = useState(() => window.matchMedia(NARROW).matches);
  useEffect(() => {
    const query = window.matchMedia(NARROW);
    const onChange = () => setNarrow(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);
  return narrow;
}

function MenuItems({ items, path }: { items: [string, CoordKey][]; path: string }) {
  return (
    <ul>
      {items.map(([slug, key]) => {
        const href = `${BASE}/${slug}`;
        return (
          <li key={slug}>
            <a href={href} aria-current={under(path, href) ? 'page' : undefined}>
              {t(key)}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** The menu: side column with group headings, or (narrow) one row with folded groups. */
function Menu({ path, narrow }: { path: string; narrow: boolean }) {
  return (
    <nav class={`d-nav${narrow ? ' d-nav-row' : ''}`} aria-label={t('coord.nav.label')}>
      {MENU.map((section) => {
        const key = section.group ?? 'main';
        if (!section.group) return <MenuItems key={key} items={section.items} path={path} />;
        if (!narrow)
          return (
            <div key={key}>
              <p class="d-nav-group">{t(section.group)}</p>
              <MenuItems items={section.items} path={path} />
            </div>
          );
        const current = section.items.some(([slug]) => under(path, `${BASE}/${slug}`));
        return (
          // A new page closes the fold (its key changes with the path).
          <details key={`${key}:${path}`} class="d-nav-fold">
            <summary aria-current={current ? 'true' : undefined}>{t(section.group)}</summary>
            <MenuItems items={section.items} path={path} />
          </details>
        );
      })}
      {/* On a tablet the language picker ends the menu's row, so the header keeps to one row. */}
      {narrow && <LanguagePicker />}
    </nav>
  );
}

export function LanguagePicker() {
  return (
    <span>
      <label for="d-lang">{t('coord.lang')}</label>{' '}
      <select
        id="d-lang"
        value={lang.value}
        onChange={(e) => applyLanguage(e.currentTarget.value as Language)}
      >
        <option value="fr" lang="fr">
          Français
        </option>
        <option value="en" lang="en">
          English
        </option>
        <option value="ar" lang="ar">
          العربية
        </option>
      </select>
    </span>
  );
}

export function Layout({ children }: { children: ComponentChildren }) {
  const [error, setError] = useState<string | undefined>();
  const user = session.value?.user;
  const path = route.value.path;
  const narrow = useNarrow();
  const leave = async (everywhere: boolean) => {
    setError(undefined);
    try {
      if (everywhere) await signOutEverywhere();
      else await signOut();
      navigate(`${BASE}/connexion?${everywhere ? 'partout=1' : 'sortie=1'}`, { replace: true });
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <>
      <a class="skip-link" href="#contenu">
        {t('coord.skip')}
      </a>
      <header class="d-header">
        <span class="d-header-name">{t('coord.app')}</span>
        {user && <span>{t('coord.signedInAs', { name: user.name })}</span>}
        {!narrow && <LanguagePicker />}
        <button type="button" onClick={() => leave(false)}>
          {t('coord.signOut')}
        </button>
        <button type="button" onClick={() => leave(true)}>
          {t('coord.signOutAll')}
        </button>
      </header>
      <ErrorMessage text={error} />
      <div class="d-layout">
        <Menu path={path} narrow={narrow} />
        <main class="d-main" id="contenu">
          {children}
        </main>
      </div>
    </>
  );
}
