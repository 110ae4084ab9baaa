// The frame of every signed-in page: header with the user and sign-out, the menu, the page.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Language } from '../shared/taxonomy';
import { errorText } from './api';
import { ErrorMessage } from './components/Messages';
import { applyLanguage, type CoordKey, lang, t } from './i18n';
import { BASE, navigate, route, under } from './router';
import { session, signOut, signOutEverywhere } from './session';

const MENU: { group?: CoordKey; items: [string, CoordKey][] }[] = [
  {
    items: [
      ['enregistrements', 'coord.nav.records'],
      ['a-corriger', 'coord.nav.quarantine'],
      ['import', 'coord.nav.import'],
      ['suivis', 'coord.nav.followups'],
      ['chiffres', 'coord.nav.figures'],
      ['parcours', 'coord.nav.outcomes'],
      ['exports', 'coord.nav.exports'],
      ['planning', 'coord.nav.planning'],
      ['couverture', 'coord.nav.coverage'],
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
        <LanguagePicker />
        <button type="button" onClick={() => leave(false)}>
          {t('coord.signOut')}
        </button>
        <button type="button" onClick={() => leave(true)}>
          {t('coord.signOutAll')}
        </button>
      </header>
      <ErrorMessage text={error} />
      <div class="d-layout">
        <nav class="d-nav" aria-label={t('coord.nav.label')}>
          {MENU.map((section) => (
            <div key={section.group ?? 'main'}>
              {section.group && <p class="d-nav-group">{t(section.group)}</p>}
              <ul>
                {section.items.map(([slug, key]) => {
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
            </div>
          ))}
        </nav>
        <main class="d-main" id="contenu">
          {children}
        </main>
      </div>
    </>
  );
}
