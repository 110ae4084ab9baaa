// Picks the page for the current URL; signed-out visitors get the sign-in page.
import { useEffect } from 'preact/hooks';
import { Page } from './components/Page';
import { t } from './i18n';
import { Layout } from './Layout';
import { ROUTES } from './pages';
import { SignIn } from './pages/SignIn';
import { BASE, navigate, route } from './router';
import { session } from './session';

function NotFound() {
  return (
    <Page title={t('coord.notFound')}>
      <p>
        <a href={`${BASE}/enregistrements`}>{t('coord.nav.records')}</a>
      </p>
    </Page>
  );
}

export function App() {
  const { path } = route.value;
  const current = session.value;
  const signInPath = `${BASE}/connexion`;

  useEffect(() => {
    // Effects run after paint: the sign-in form or the sign-out button may have navigated since
    // this render, so decide on the live path, not the one this render saw.
    const path = route.peek().path;
    if (current === null && path !== signInPath) {
      const here = `${location.pathname}${location.search}`;
      navigate(`${signInPath}?suite=${encodeURIComponent(here)}`, { replace: true });
    } else if (current && (path === signInPath || path === BASE)) {
      navigate(`${BASE}/accueil`, { replace: true });
    }
  }, [current, path]);

  if (current === undefined) return <p class="hint">{t('coord.loading')}</p>;
  if (current === null) return <SignIn />;
  for (const [pattern, View] of ROUTES) {
    const match = pattern.exec(path.slice(BASE.length));
    if (match) {
      return (
        <Layout>
          <View params={match.slice(1)} />
        </Layout>
      );
    }
  }
  return (
    <Layout>
      <NotFound />
    </Layout>
  );
}
