// Sign-in: a wrong password and too many tries each get their own sentence.
import { useState } from 'preact/hooks';
import { ApiError, errorText } from '../api';
import { ErrorMessage, OkMessage } from '../components/Messages';
import { Page } from '../components/Page';
import { lang, t } from '../i18n';
import { LanguagePicker } from '../Layout';
import { BASE, navigate, route } from '../router';
import { sessionLost, signIn } from '../session';

function failureText(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 401) return t('coord.signin.wrong');
    // The server's sentence says how long to wait; other languages get ours.
    if (err.status === 429)
      return lang.value === 'fr' && err.serverMessage ? err.serverMessage : t('coord.signin.rate');
  }
  return errorText(err);
}

export function SignIn() {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const query = route.value.query;
  const notice = query.has('partout')
    ? t('coord.signOutAll.done')
    : query.has('sortie')
      ? t('coord.signin.signedOut')
      : undefined;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!login.trim() || !password) {
      setError(t('coord.signin.missing'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await signIn(login.trim(), password);
      const next = query.get('suite');
      navigate(next?.startsWith(`${BASE}/`) ? next : `${BASE}/accueil`, { replace: true });
    } catch (err) {
      setError(failureText(err));
      setBusy(false);
    }
  };

  return (
    <main class="signin card" id="contenu">
      <Page title={t('coord.signin.title')}>
        <p>{t('coord.signin.intro')}</p>
        <OkMessage text={notice} />
        {sessionLost.value && <p class="msg msg-info">{t('coord.error.session')}</p>}
        <form onSubmit={submit} noValidate>
          <label for="signin-login">{t('coord.signin.login')}</label>
          <input
            id="signin-login"
            name="username"
            autocomplete="username"
            value={login}
            onInput={(e) => setLogin(e.currentTarget.value)}
          />
          <label for="signin-password">{t('coord.signin.password')}</label>
          <input
            id="signin-password"
            name="password"
            type="password"
            autocomplete="current-password"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
          <ErrorMessage text={error} />
          <p>
            <button type="submit" class="button-primary" disabled={busy}>
              {t('coord.signin.submit')}
            </button>
          </p>
        </form>
        <LanguagePicker />
      </Page>
    </main>
  );
}
